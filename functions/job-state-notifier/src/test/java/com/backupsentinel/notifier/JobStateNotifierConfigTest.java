package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.config.NotificationLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JobStateNotifierConfigTest {

    private static Map<String, String> valid() {
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "production");
        env.put("DEDUP_TABLE_NAME", "backup-sentinel-AlertDedupTable-1ABC");
        env.put("NOTIFICATION_TOPIC_ARN", "arn:aws:sns:us-west-2:111122223333:backup-sentinel-alerts");
        return env;
    }

    @Test
    void readsEveryVariable() {
        Map<String, String> env = valid();
        env.put("NOTIFICATION_LEVEL", "warnings_and_errors");
        env.put("BENIGN_STATUS_PATTERNS", "Windows VSS*invalid state, ,timed out ");
        env.put("POWERTOOLS_METRICS_NAMESPACE", "Custom");
        env.put("AUDIT_TABLE_NAME", "backup-sentinel-AuditEventsTable-9XYZ");

        assertThat(JobStateNotifierConfig.from(Environment.of(env))).isEqualTo(new JobStateNotifierConfig(
                DeploymentEnvironment.PRODUCTION, NotificationLevel.WARNINGS_AND_ERRORS,
                BenignPatterns.of(List.of("Windows VSS*invalid state", "timed out")),
                "backup-sentinel-AlertDedupTable-1ABC", "arn:aws:sns:us-west-2:111122223333:backup-sentinel-alerts",
                "Custom", Optional.of("backup-sentinel-AuditEventsTable-9XYZ")));
    }

    @Test
    void turnsAuditRecordingOffWhenNoAuditTableIsSet() {
        Map<String, String> env = valid();
        env.put("AUDIT_TABLE_NAME", " ");

        assertThat(JobStateNotifierConfig.from(Environment.of(env)).auditTableName()).isEmpty();
        assertThat(JobStateNotifierConfig.from(Environment.of(valid())).auditTableName()).isEmpty();
    }

    @Test
    void rejectsAnAuditTableNameDynamoDbWouldRefuse() {
        Map<String, String> env = valid();
        env.put("AUDIT_TABLE_NAME", "audit/events");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable AUDIT_TABLE_NAME must be a DynamoDB table name "
                        + "(3 to 255 of A-Z a-z 0-9 _ . -), got 'audit/events'");
    }

    @ParameterizedTest
    @CsvSource({"development, ERRORS_ONLY", "staging, WARNINGS_AND_ERRORS", "production, ALL"})
    void defaultsTheNotificationLevelFromTheEnvironment(String environment, NotificationLevel level) {
        Map<String, String> env = valid();
        env.put("ENVIRONMENT", environment);
        env.put("NOTIFICATION_LEVEL", "");

        JobStateNotifierConfig config = JobStateNotifierConfig.from(Environment.of(env));

        assertThat(config.notificationLevel()).isEqualTo(level);
        assertThat(config.benignPatterns()).isEqualTo(BenignPatterns.none());
        assertThat(config.metricsNamespace()).isEqualTo("BackupSentinel");
    }

    @Test
    void rejectsAnUnknownNotificationLevel() {
        Map<String, String> env = valid();
        env.put("NOTIFICATION_LEVEL", "loud");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable NOTIFICATION_LEVEL must be one of: errors_only, "
                        + "warnings_and_errors, all, got 'loud'");
    }

    @Test
    void requiresTheEnvironment() {
        Map<String, String> env = valid();
        env.remove("ENVIRONMENT");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable ENVIRONMENT is required but not set "
                        + "(one of: development, staging, production)");
    }

    @Test
    void requiresTheDedupTable() {
        Map<String, String> env = valid();
        env.remove("DEDUP_TABLE_NAME");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable DEDUP_TABLE_NAME is required but not set "
                        + "(example: backup-sentinel-alert-dedup)");
    }

    @Test
    void rejectsATableNameDynamoDbWouldRefuse() {
        Map<String, String> env = valid();
        env.put("DEDUP_TABLE_NAME", "alert dedup");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable DEDUP_TABLE_NAME must be a DynamoDB table name "
                        + "(3 to 255 of A-Z a-z 0-9 _ . -), got 'alert dedup'");
    }

    @Test
    void rejectsATopicThatIsNotAnSnsTopicArn() {
        Map<String, String> env = valid();
        env.put("NOTIFICATION_TOPIC_ARN", "backup-alerts");

        assertThatThrownBy(() -> JobStateNotifierConfig.from(Environment.of(env)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable NOTIFICATION_TOPIC_ARN must be an SNS topic ARN such as "
                        + "arn:aws:sns:us-east-1:123456789012:backup-alerts, got 'backup-alerts'");
    }
}
