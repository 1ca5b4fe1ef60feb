package com.backupsentinel.validator.inventory;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One rule of a backup plan: where, when, how long, and the copies it makes.
 *
 * @param windows     the rule's id and its start and completion windows (AWS's defaults when the rule sets none)
 * @param scanActions the malware scanners of its ScanActions (e.g. GUARDDUTY); empty = its points are not scanned
 */
public record RuleRecord(String name, String targetVault, String scheduleExpression, String scheduleTimezone,
                         OptionalLong deleteAfterDays, OptionalLong coldStorageAfterDays, boolean continuous,
                         List<CopyActionRecord> copyActions, RuleWindows windows, List<String> scanActions) {

    public RuleRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetVault, "targetVault");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(scheduleTimezone, "scheduleTimezone");
        Objects.requireNonNull(deleteAfterDays, "deleteAfterDays");
        Objects.requireNonNull(coldStorageAfterDays, "coldStorageAfterDays");
        copyActions = List.copyOf(copyActions);
        Objects.requireNonNull(windows, "windows");
        scanActions = List.copyOf(scanActions);
    }

    /** A rule with AWS's default windows, no id and no scan action. */
    public RuleRecord(String name, String targetVault, String scheduleExpression, String scheduleTimezone,
                      OptionalLong deleteAfterDays, OptionalLong coldStorageAfterDays, boolean continuous,
                      List<CopyActionRecord> copyActions) {
        this(name, targetVault, scheduleExpression, scheduleTimezone, deleteAfterDays, coldStorageAfterDays, continuous,
                copyActions, RuleWindows.defaults(""), List.of());
    }
}
