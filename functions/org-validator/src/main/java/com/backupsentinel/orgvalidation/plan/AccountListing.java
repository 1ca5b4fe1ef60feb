package com.backupsentinel.orgvalidation.plan;

import java.util.List;
import java.util.Objects;

/**
 * The accounts an {@link AccountDirectory} listed: the ACTIVE ones in listing order, how many it listed in all, and how
 * many of those it left out for not being ACTIVE (suspended, closed, pending closure or activation).
 */
public record AccountListing(List<OrgAccount> active, int listed, int notActive) {

    public AccountListing {
        active = List.copyOf(Objects.requireNonNull(active, "active"));
        if (listed != active.size() + notActive || notActive < 0) {
            throw new IllegalArgumentException("listed (" + listed + ") must be the active (" + active.size()
                    + ") plus the not active (" + notActive + ") accounts");
        }
    }
}
