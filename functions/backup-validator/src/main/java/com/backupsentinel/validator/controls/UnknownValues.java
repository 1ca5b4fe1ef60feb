package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;

/**
 * Values AWS Backup added after this validator was written (a job State, a recovery point Status, a scan result):
 * never a crash and never a silent mapping, but one WARNING finding per value, counting how often it was seen and
 * saying how it was treated, so someone reports it and the validator learns it.
 */
final class UnknownValues {

    static final String RULE = "unknown_api_value";

    private final String treatment;

    /** @param treatment how the control treats the value, e.g. "treated as failed" */
    UnknownValues(String treatment) {
        this.treatment = treatment;
    }

    /** Counts one sighting of {@code value} for {@code field} (e.g. "backup job State"), first seen on {@code where}. */
    void report(ResourceLedger ledger, String region, String field, String value, String where) {
        String shown = value.isBlank() ? "(empty)" : value;
        ledger.occurrence("", "", "aws-backup-api:" + region + ":" + field + ":" + shown, "AWS Backup API value", "",
                RULE, count -> "unknown " + field + " " + shown + " on " + count + (count == 1 ? " item" : " items")
                        + " (first: " + where + "): " + treatment + ", please report",
                "a value AWS Backup documents", Severity.WARNING, "");
    }
}
