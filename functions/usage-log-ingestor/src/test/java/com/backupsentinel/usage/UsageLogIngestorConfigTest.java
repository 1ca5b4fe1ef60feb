package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageLogIngestorConfigTest {

    private static Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put("USAGE_TABLE_NAME", "usage");
        values.put("REPORT_BUCKET", "reports");
        values.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        return values;
    }

    @Test
    void readsEveryVariableWithDocumentedDefaults() {
        assertThat(UsageLogIngestorConfig.from(Environment.of(minimal())))
                .isEqualTo(new UsageLogIngestorConfig("usage", "reports", 1_048_576, 8, "BackupSentinel",
                        Optional.empty()));
    }

    @Test
    void readsTheAuditTable() {
        Map<String, String> values = minimal();
        values.put("AUDIT_TABLE_NAME", "backup-sentinel-AuditEventsTable-9XYZ");

        assertThat(UsageLogIngestorConfig.from(Environment.of(values)).auditTableName())
                .contains("backup-sentinel-AuditEventsTable-9XYZ");
    }

    @Test
    void rejectsAnAuditTableNameDynamoDbWouldRefuse() {
        Map<String, String> values = minimal();
        values.put("AUDIT_TABLE_NAME", "audit events");

        assertThatThrownBy(() -> UsageLogIngestorConfig.from(Environment.of(values)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable AUDIT_TABLE_NAME must be a DynamoDB table name "
                        + "(3 to 255 of A-Z a-z 0-9 _ . -), got 'audit events'");
    }

    @Test
    void readsTheLimitAndConcurrency() {
        Map<String, String> values = minimal();
        values.put("MAX_USAGE_LOG_BYTES", "4096");
        values.put("INGEST_CONCURRENCY", "16");

        UsageLogIngestorConfig config = UsageLogIngestorConfig.from(Environment.of(values));

        assertThat(config.maxUsageLogBytes()).isEqualTo(4096);
        assertThat(config.concurrency()).isEqualTo(16);
    }

    @Test
    void failsFastNamingAMissingVariable() {
        Map<String, String> values = minimal();
        values.remove("USAGE_TABLE_NAME");

        assertThatThrownBy(() -> UsageLogIngestorConfig.from(Environment.of(values)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable USAGE_TABLE_NAME is required but not set (example: "
                        + "backup-sentinel-usage)");
    }

    @Test
    void rejectsALimitOutsideTheTemplatesRange() {
        Map<String, String> values = minimal();
        values.put("MAX_USAGE_LOG_BYTES", "12");

        assertThatThrownBy(() -> UsageLogIngestorConfig.from(Environment.of(values)))
                .hasMessage("Environment variable MAX_USAGE_LOG_BYTES must be a whole number from 1024 to 104857600,"
                        + " got '12'");
    }
}
