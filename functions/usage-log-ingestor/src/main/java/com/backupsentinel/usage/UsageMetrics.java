package com.backupsentinel.usage;

/** The names of the metrics this function emits (namespace {@code POWERTOOLS_METRICS_NAMESPACE}). */
final class UsageMetrics {

    static final String INGESTED = "UsageLogsIngested";
    /** Emitted twice per quarantine: without dimensions (for one alarm) and with the {@code Reason} dimension. */
    static final String QUARANTINED = "UsageLogsQuarantined";
    static final String DUPLICATES = "UsageLogsDuplicate";
    static final String CONFIG_VERSIONS = "ConfigVersionsRecorded";
    static final String IGNORED = "UsageObjectsIgnored";
    /** Batch item failures and backfill failures: bodies that are not events, missing objects, AWS errors. */
    static final String FAILED = "UsageObjectsFailed";
    static final String REPORT_ROWS = "UsageReportRows";
    static final String ROWS_WITHOUT_CONFIG_BACKUP = "UsageRowsWithoutConfigBackup";
    static final String REASON = "Reason";

    private UsageMetrics() {
    }
}
