package com.backupsentinel.notifier;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.config.NotificationLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything JobStateNotifierFunction reads from its environment, read once and checked.
 *
 * @param notificationLevel {@code NOTIFICATION_LEVEL}, or the seed's default for {@code ENVIRONMENT} when empty
 *                          (development errors_only, staging warnings_and_errors, production all)
 * @param benignPatterns    {@code BENIGN_STATUS_PATTERNS}: comma-separated globs; matching WARNINGs become INFO
 * @param dedupTableName    {@code DEDUP_TABLE_NAME}: the AlertDedupTable (hash key {@code pk}, TTL {@code expiresAt})
 * @param topicArn          {@code NOTIFICATION_TOPIC_ARN}: the SNS topic alerts go to
 * @param metricsNamespace  {@code POWERTOOLS_METRICS_NAMESPACE}, {@code BackupSentinel} when unset
 * @param auditTableName    {@code AUDIT_TABLE_NAME}: the AuditEventsTable every published alert is recorded in;
 *                          empty when unset, and then nothing is recorded
 */
public record JobStateNotifierConfig(DeploymentEnvironment environment, NotificationLevel notificationLevel,
                                     BenignPatterns benignPatterns, String dedupTableName, String topicArn,
                                     String metricsNamespace, Optional<String> auditTableName) {

    public static final String NOTIFICATION_LEVEL = "NOTIFICATION_LEVEL";
    public static final String BENIGN_STATUS_PATTERNS = "BENIGN_STATUS_PATTERNS";
    public static final String DEDUP_TABLE_NAME = "DEDUP_TABLE_NAME";
    public static final String NOTIFICATION_TOPIC_ARN = "NOTIFICATION_TOPIC_ARN";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    public static final String DEFAULT_METRICS_NAMESPACE = "BackupSentinel";
    public static final String AUDIT_TABLE_NAME = "AUDIT_TABLE_NAME";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d+:[A-Za-z0-9_-]{1,256}"
            + "(\\.fifo)?");

    public JobStateNotifierConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(notificationLevel, "notificationLevel");
        Objects.requireNonNull(benignPatterns, "benignPatterns");
        Objects.requireNonNull(dedupTableName, "dedupTableName");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(auditTableName, "auditTableName");
    }

    public static JobStateNotifierConfig from(Environment env) {
        ConfigReader reader = new ConfigReader(env);
        DeploymentEnvironment environment = DeploymentEnvironment.from(reader);
        NotificationLevel level = reader.choice(NOTIFICATION_LEVEL, NotificationLevel.class,
                NotificationLevel::wireName, environment.notificationLevel());
        List<String> patterns = reader.list(BENIGN_STATUS_PATTERNS, List.of());
        String table = tableName(DEDUP_TABLE_NAME, reader.required(DEDUP_TABLE_NAME, "backup-sentinel-alert-dedup"));
        String topic = reader.required(NOTIFICATION_TOPIC_ARN, "arn:aws:sns:us-east-1:123456789012:backup-alerts");
        if (!TOPIC_ARN.matcher(topic).matches()) {
            throw new ConfigurationException("Environment variable " + NOTIFICATION_TOPIC_ARN
                    + " must be an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:backup-alerts, got '"
                    + topic + "'");
        }
        return new JobStateNotifierConfig(environment, level, BenignPatterns.of(patterns), table, topic,
                reader.optional(METRICS_NAMESPACE, DEFAULT_METRICS_NAMESPACE),
                reader.optional(AUDIT_TABLE_NAME).map(audit -> tableName(AUDIT_TABLE_NAME, audit)));
    }

    private static String tableName(String variable, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new ConfigurationException("Environment variable " + variable
                    + " must be a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -), got '" + table + "'");
        }
        return table;
    }
}
