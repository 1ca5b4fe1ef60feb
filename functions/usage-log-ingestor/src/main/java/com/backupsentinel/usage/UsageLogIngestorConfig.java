package com.backupsentinel.usage;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything UsageLogIngestorFunction reads from its environment, read once and validated.
 *
 * @param usageTableName    {@code USAGE_TABLE_NAME}: the UsageTable (pk S, sk S)
 * @param reportBucket      {@code REPORT_BUCKET}: holds usage-logs/, terragrunt/, quarantine/ and reports/usage/
 * @param maxUsageLogBytes  {@code MAX_USAGE_LOG_BYTES}: bigger usage logs are quarantined unread (default 1 MiB,
 *                          1024 to 104857600 as the template's parameter allows)
 * @param concurrency       {@code INGEST_CONCURRENCY}: objects processed at once in a batch or backfill (default 8)
 * @param metricsNamespace  {@code POWERTOOLS_METRICS_NAMESPACE}: the CloudWatch namespace of the EMF metrics
 * @param auditTableName    {@code AUDIT_TABLE_NAME}: the AuditEventsTable that ingested and quarantined usage logs
 *                          and config backups are recorded in; empty when unset, and then nothing is recorded
 */
public record UsageLogIngestorConfig(String usageTableName, String reportBucket, long maxUsageLogBytes,
                                     int concurrency, String metricsNamespace, Optional<String> auditTableName) {

    public static final String USAGE_TABLE_NAME = "USAGE_TABLE_NAME";
    public static final String REPORT_BUCKET = "REPORT_BUCKET";
    public static final String MAX_USAGE_LOG_BYTES = "MAX_USAGE_LOG_BYTES";
    public static final String INGEST_CONCURRENCY = "INGEST_CONCURRENCY";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    public static final String AUDIT_TABLE_NAME = "AUDIT_TABLE_NAME";

    static final int DEFAULT_MAX_USAGE_LOG_BYTES = 1_048_576;
    static final int DEFAULT_CONCURRENCY = 8;

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

    public UsageLogIngestorConfig {
        Objects.requireNonNull(usageTableName, "usageTableName");
        Objects.requireNonNull(reportBucket, "reportBucket");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(auditTableName, "auditTableName");
    }

    public static UsageLogIngestorConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        return new UsageLogIngestorConfig(
                reader.required(USAGE_TABLE_NAME, "backup-sentinel-usage"),
                reader.required(REPORT_BUCKET, "backup-sentinel-reports-111122223333"),
                reader.integer(MAX_USAGE_LOG_BYTES, DEFAULT_MAX_USAGE_LOG_BYTES, 1024, 100 * 1024 * 1024),
                reader.integer(INGEST_CONCURRENCY, DEFAULT_CONCURRENCY, 1, 64),
                reader.required(METRICS_NAMESPACE, "BackupSentinel"),
                reader.optional(AUDIT_TABLE_NAME).map(UsageLogIngestorConfig::auditTable));
    }

    private static String auditTable(String name) {
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new ConfigurationException("Environment variable " + AUDIT_TABLE_NAME
                    + " must be a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -), got '" + name + "'");
        }
        return name;
    }
}
