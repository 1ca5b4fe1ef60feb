package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which jobs to list: created after an instant (empty = as far back as AWS Backup keeps jobs), in this account
 * (account empty), in one other account, or in every account of the organisation ({@code "*"}, AWS Backup's
 * cross-account listing).
 */
public record JobQuery(Optional<Instant> createdAfter, Optional<String> account) {

    public static final String ALL_ACCOUNTS = "*";

    public JobQuery {
        Objects.requireNonNull(createdAfter, "createdAfter");
        Objects.requireNonNull(account, "account");
    }
}
