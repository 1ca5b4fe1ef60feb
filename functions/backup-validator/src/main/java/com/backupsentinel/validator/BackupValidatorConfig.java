package com.backupsentinel.validator;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.validator.controls.ControlSettings;
import com.backupsentinel.validator.controls.TagRule;
import com.backupsentinel.validator.sources.BackupSource;
import com.backupsentinel.validator.sources.BackupSources;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Everything BackupValidatorFunction reads from its environment, read once and checked. Defaults follow the seed
 * (RPO 24 h, RTO 4 h = 240 min, replica region us-east-1, resources tagged Environment production or staging
 * without VolumeType=temporary for coverage, each environment's retention unless MIN_RETENTION_DAYS is set) and are
 * listed in docs/backup-validator.md.
 */
public record BackupValidatorConfig(DeploymentEnvironment environment, String reportBucket,
                                    String notificationTopicArn, int lookbackHours, List<String> regions,
                                    ZoneId reportTimeZone, int reportLinkHours, String metricsNamespace,
                                    ControlSettings controls, List<BackupSource> backupSources,
                                    Optional<String> auditTableName) {

    public static final String RPO_TARGET_HOURS = "RPO_TARGET_HOURS";
    public static final String RTO_TARGET_MINUTES = "RTO_TARGET_MINUTES";
    public static final String MIN_RETENTION_DAYS = "MIN_RETENTION_DAYS";
    public static final String STUCK_JOB_HOURS = "STUCK_JOB_HOURS";
    public static final String STUCK_JOB_MEDIAN_FACTOR = "STUCK_JOB_MEDIAN_FACTOR";
    public static final String LOOKBACK_HOURS = "LOOKBACK_HOURS";
    public static final String REGIONS = "REGIONS";
    public static final String BACKUP_VAULT_NAME = "BACKUP_VAULT_NAME";
    public static final String REPLICA_REGION = "REPLICA_REGION";
    public static final String REPLICA_ACCOUNT_ID = "REPLICA_ACCOUNT_ID";
    public static final String REQUIRE_CUSTOMER_MANAGED_KEY = "REQUIRE_CUSTOMER_MANAGED_KEY";
    public static final String MIN_BACKUP_FREQUENCY_HOURS = "MIN_BACKUP_FREQUENCY_HOURS";
    public static final String COVERAGE_RESOURCE_TYPES = "COVERAGE_RESOURCE_TYPES";
    public static final String COVERAGE_INCLUDE_TAGS = "COVERAGE_INCLUDE_TAGS";
    public static final String COVERAGE_EXCLUDE_TAGS = "COVERAGE_EXCLUDE_TAGS";
    public static final String ENVIRONMENT_TAG_KEY = "ENVIRONMENT_TAG_KEY";
    public static final String RESTORE_TEST_MAX_AGE_DAYS = "RESTORE_TEST_MAX_AGE_DAYS";
    public static final String REPORT_TIME_ZONE = "REPORT_TIME_ZONE";
    public static final String REPORT_LINK_HOURS = "REPORT_LINK_HOURS";
    public static final String REPORT_BUCKET = "REPORT_BUCKET";
    public static final String NOTIFICATION_TOPIC_ARN = "NOTIFICATION_TOPIC_ARN";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    /** Optional: the AuditEventsTable each run is recorded in; unset = no audit recording. */
    public static final String AUDIT_TABLE_NAME = "AUDIT_TABLE_NAME";

    /** The resource types coverage looks at, in the Tagging API's form: RDS, Aurora, EBS, EFS, DynamoDB, S3. */
    public static final List<String> DEFAULT_RESOURCE_TYPES = List.of("rds:db", "rds:cluster", "ec2:volume",
            "elasticfilesystem:file-system", "dynamodb:table", "s3");
    public static final String DEFAULT_INCLUDE_TAGS = "Environment=production|staging";
    public static final String DEFAULT_EXCLUDE_TAGS = "VolumeType=temporary";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public BackupValidatorConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(reportBucket, "reportBucket");
        Objects.requireNonNull(notificationTopicArn, "notificationTopicArn");
        regions = List.copyOf(regions);
        Objects.requireNonNull(reportTimeZone, "reportTimeZone");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(controls, "controls");
        backupSources = List.copyOf(backupSources);
    }

    /** Reads and checks every variable; throws {@link ConfigurationException} naming the first bad one. */
    public static BackupValidatorConfig from(Environment env) {
        ConfigReader reader = new ConfigReader(env);
        DeploymentEnvironment environment = DeploymentEnvironment.from(reader);
        String bucket = reader.required(REPORT_BUCKET, "backup-sentinel-reports-123456789012");
        String topic = reader.required(NOTIFICATION_TOPIC_ARN, "arn:aws:sns:us-west-2:123456789012:backup-sentinel");
        List<String> regions = reader.list(REGIONS, List.of());
        if (regions.isEmpty()) {
            regions = reader.optional("AWS_REGION").map(List::of).orElseThrow(() -> new ConfigurationException(
                    "Environment variable " + REGIONS + " is required when AWS_REGION is not set"
                            + " (example: us-west-2,us-east-1)"));
        }
        regions.forEach(region -> check(REGIONS, region, REGION, "a region list such as us-west-2,us-east-1"));
        String replicaRegion = reader.optional(REPLICA_REGION, "us-east-1");
        check(REPLICA_REGION, replicaRegion, REGION, "a region such as us-east-1");
        Optional<String> replicaAccount = reader.optional(REPLICA_ACCOUNT_ID);
        replicaAccount.ifPresent(id -> check(REPLICA_ACCOUNT_ID, id, ACCOUNT, "a 12-digit account id"));
        ControlSettings controls = new ControlSettings(environment,
                reader.integer(RPO_TARGET_HOURS, 24, 1, 8760),
                reader.integer(RTO_TARGET_MINUTES, 240, 1, 10080),
                minRetention(reader),
                reader.integer(STUCK_JOB_HOURS, 24, 1, 720),
                reader.decimal(STUCK_JOB_MEDIAN_FACTOR, 3.0, 1.0, 100.0),
                reader.integer(MIN_BACKUP_FREQUENCY_HOURS, 24, 1, 8760),
                reader.bool(REQUIRE_CUSTOMER_MANAGED_KEY, false),
                reader.optional(BACKUP_VAULT_NAME),
                replicaRegion,
                replicaAccount,
                reader.list(COVERAGE_RESOURCE_TYPES, DEFAULT_RESOURCE_TYPES),
                tagRules(reader, COVERAGE_INCLUDE_TAGS, DEFAULT_INCLUDE_TAGS),
                tagRules(reader, COVERAGE_EXCLUDE_TAGS, DEFAULT_EXCLUDE_TAGS),
                reader.optional(ENVIRONMENT_TAG_KEY, ControlSettings.DEFAULT_ENVIRONMENT_TAG_KEY),
                reader.integer(RESTORE_TEST_MAX_AGE_DAYS, ControlSettings.DEFAULT_RESTORE_TEST_MAX_AGE_DAYS, 1, 365));
        return new BackupValidatorConfig(environment, bucket, topic, reader.integer(LOOKBACK_HOURS, 24, 1, 2160),
                regions, zone(reader), reader.integer(REPORT_LINK_HOURS, 24, 1, 168),
                reader.optional(METRICS_NAMESPACE, "BackupSentinel"), controls,
                BackupSources.parse(reader.optional(BackupSources.VARIABLE, "[]")), reader.optional(AUDIT_TABLE_NAME));
    }

    /** The first region listed: where BACKUP_VAULT_NAME must exist. */
    public String primaryRegion() {
        return regions.get(0);
    }

    /** MIN_RETENTION_DAYS when set (1..36500); unset or empty = each environment's retention of the seed. */
    private static OptionalInt minRetention(ConfigReader reader) {
        if (reader.optional(MIN_RETENTION_DAYS).filter(value -> !value.isBlank()).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(reader.integer(MIN_RETENTION_DAYS, 0, 1, 36500));
    }

    private static List<TagRule> tagRules(ConfigReader reader, String name, String defaults) {
        String raw = reader.optional(name).orElse(defaults);
        if (raw.equalsIgnoreCase("none")) {
            return List.of();
        }
        try {
            return reader.list(name, List.of(defaults.split(","))).stream().filter(s -> !s.equalsIgnoreCase("none"))
                    .map(TagRule::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Environment variable " + name
                    + " must be a comma-separated list of Key or Key=Value[|Value...] (or none), got '" + raw + "'");
        }
    }

    private static ZoneId zone(ConfigReader reader) {
        String raw = reader.optional(REPORT_TIME_ZONE, "UTC");
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new ConfigurationException("Environment variable " + REPORT_TIME_ZONE
                    + " must be a time zone such as UTC or Europe/Berlin, got '" + raw + "'");
        }
    }

    private static void check(String name, String value, Pattern pattern, String example) {
        if (!pattern.matcher(value).matches()) {
            throw new ConfigurationException("Environment variable " + name + " must be " + example
                    + ", got '" + value + "'");
        }
    }
}
