package com.backupsentinel.orgvalidation;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.validator.BackupValidatorConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * What OrgValidationAggregatorFunction reads from its environment, once, at init.
 *
 * @param auditTableName {@code AUDIT_TABLE_NAME}: the AuditEventsTable each run is recorded in; empty = none
 */
public record OrgAggregatorConfig(DeploymentEnvironment environment, String reportBucket, String notificationTopicArn,
                                  int reportLinkHours, String metricsNamespace, Optional<String> auditTableName) {

    public OrgAggregatorConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(reportBucket, "reportBucket");
        Objects.requireNonNull(notificationTopicArn, "notificationTopicArn");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(auditTableName, "auditTableName");
    }

    public static OrgAggregatorConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        return new OrgAggregatorConfig(DeploymentEnvironment.from(reader),
                reader.required(BackupValidatorConfig.REPORT_BUCKET, "backup-sentinel-reports-123456789012"),
                reader.required(BackupValidatorConfig.NOTIFICATION_TOPIC_ARN,
                        "arn:aws:sns:us-west-2:123456789012:backup-sentinel"),
                reader.integer(BackupValidatorConfig.REPORT_LINK_HOURS, 24, 1, 168),
                reader.optional(OrgShardConfig.METRICS_NAMESPACE, "BackupSentinel"),
                reader.optional(BackupValidatorConfig.AUDIT_TABLE_NAME));
    }
}
