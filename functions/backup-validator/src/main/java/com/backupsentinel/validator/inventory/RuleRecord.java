package com.backupsentinel.validator.inventory;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** One rule of a backup plan: where, when, how long, and the copies it makes. */
public record RuleRecord(String name, String targetVault, String scheduleExpression, String scheduleTimezone,
                         OptionalLong deleteAfterDays, OptionalLong coldStorageAfterDays, boolean continuous,
                         List<CopyActionRecord> copyActions) {

    public RuleRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetVault, "targetVault");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(scheduleTimezone, "scheduleTimezone");
        Objects.requireNonNull(deleteAfterDays, "deleteAfterDays");
        Objects.requireNonNull(coldStorageAfterDays, "coldStorageAfterDays");
        copyActions = List.copyOf(copyActions);
    }
}
