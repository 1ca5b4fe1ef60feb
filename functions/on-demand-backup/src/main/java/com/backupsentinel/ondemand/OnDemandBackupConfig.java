package com.backupsentinel.ondemand;

import com.backupsentinel.ondemand.service.ResourceTypes;
import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything OnDemandBackupFunction reads from its environment, read once and checked.
 *
 * @param environment                 {@code ENVIRONMENT}: development, staging or production
 * @param requestsTableName           {@code REQUESTS_TABLE_NAME}: requests, audit trail and idempotency records
 * @param backupVaultName             {@code BACKUP_VAULT_NAME}: where backups go and restores come from
 * @param backupRoleArn               {@code BACKUP_ROLE_ARN}: the role AWS Backup assumes to back up
 * @param restoreRoleArn              {@code RESTORE_ROLE_ARN}: the role AWS Backup assumes to restore
 * @param backupPlanId                {@code BACKUP_PLAN_ID}: whose selections a backup without resources protects;
 *                                    empty means {@code resources} is required
 * @param restoreAllowedResourceTypes {@code RESTORE_ALLOWED_RESOURCE_TYPES}: types a restore may recreate; empty
 *                                    disables restores
 * @param retentionDays               {@code RETENTION_DAYS}: lifecycle of on-demand recovery points; defaults to
 *                                    the environment's retention (7, 30, 90 days)
 * @param reportBucket                {@code REPORT_BUCKET}: where configuration backups are written
 * @param configObjectKeys            {@code CONFIG_OBJECT_KEYS}: extra report-bucket objects to include in
 *                                    configuration backups
 * @param metricsNamespace            {@code POWERTOOLS_METRICS_NAMESPACE}: CloudWatch namespace, default
 *                                    {@code BackupSentinel}
 */
public record OnDemandBackupConfig(DeploymentEnvironment environment, String requestsTableName, String backupVaultName,
                                   String backupRoleArn, String restoreRoleArn, Optional<String> backupPlanId,
                                   List<String> restoreAllowedResourceTypes, int retentionDays, String reportBucket,
                                   List<String> configObjectKeys, String metricsNamespace,
                                   Optional<String> auditTableName) {

    public static final String REQUESTS_TABLE_NAME = "REQUESTS_TABLE_NAME";
    /** Optional: the AuditEventsTable every request is recorded in; unset = no audit recording. */
    public static final String AUDIT_TABLE_NAME = "AUDIT_TABLE_NAME";
    public static final String BACKUP_VAULT_NAME = "BACKUP_VAULT_NAME";
    public static final String BACKUP_ROLE_ARN = "BACKUP_ROLE_ARN";
    public static final String RESTORE_ROLE_ARN = "RESTORE_ROLE_ARN";
    public static final String BACKUP_PLAN_ID = "BACKUP_PLAN_ID";
    public static final String RESTORE_ALLOWED_RESOURCE_TYPES = "RESTORE_ALLOWED_RESOURCE_TYPES";
    public static final String RETENTION_DAYS = "RETENTION_DAYS";
    public static final String REPORT_BUCKET = "REPORT_BUCKET";
    public static final String CONFIG_OBJECT_KEYS = "CONFIG_OBJECT_KEYS";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";

    /** AWS Backup keeps recovery points at most 100 years. */
    static final int MAX_RETENTION_DAYS = 36_500;
    private static final Pattern VAULT_NAME = Pattern.compile("^[a-zA-Z0-9\\-_]{2,50}$");
    private static final Pattern ROLE_ARN = Pattern.compile("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$");
    private static final Pattern PLAN_ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");
    private static final Pattern OBJECT_KEY = Pattern.compile("^[^\\s/][^\\s]{0,1023}$");

    public OnDemandBackupConfig {
        restoreAllowedResourceTypes = List.copyOf(restoreAllowedResourceTypes);
        configObjectKeys = List.copyOf(configObjectKeys);
    }

    public static OnDemandBackupConfig from(Environment env) {
        ConfigReader reader = new ConfigReader(env);
        DeploymentEnvironment environment = DeploymentEnvironment.from(reader);
        return new OnDemandBackupConfig(
                environment,
                reader.required(REQUESTS_TABLE_NAME, "backup-sentinel-requests"),
                matching(reader, BACKUP_VAULT_NAME, VAULT_NAME, "backup-sentinel-vault",
                        "2 to 50 letters, digits, - or _"),
                matching(reader, BACKUP_ROLE_ARN, ROLE_ARN, "arn:aws:iam::111122223333:role/BackupSentinelBackup",
                        "an IAM role ARN"),
                matching(reader, RESTORE_ROLE_ARN, ROLE_ARN, "arn:aws:iam::111122223333:role/BackupSentinelRestore",
                        "an IAM role ARN"),
                planId(reader),
                resourceTypes(reader),
                reader.integer(RETENTION_DAYS, environment.retentionDays(), 1, MAX_RETENTION_DAYS),
                reader.required(REPORT_BUCKET, "backup-sentinel-reports-111122223333"),
                objectKeys(reader),
                reader.optional(METRICS_NAMESPACE, "BackupSentinel"),
                reader.optional(AUDIT_TABLE_NAME));
    }

    private static String matching(ConfigReader reader, String name, Pattern pattern, String example, String what) {
        String value = reader.required(name, example);
        if (!pattern.matcher(value).matches()) {
            throw new ConfigurationException("Environment variable " + name + " must be " + what + " such as "
                    + example + ", got '" + value + "'");
        }
        return value;
    }

    private static Optional<String> planId(ConfigReader reader) {
        Optional<String> value = reader.optional(BACKUP_PLAN_ID);
        if (value.isPresent() && !PLAN_ID.matcher(value.get()).matches()) {
            throw new ConfigurationException("Environment variable " + BACKUP_PLAN_ID
                    + " must be a backup plan id such as 8a3e1b5c-1f2d-4e6a-9b7c-0d1e2f3a4b5c (or empty), got '"
                    + value.get() + "'");
        }
        return value;
    }

    private static List<String> resourceTypes(ConfigReader reader) {
        List<String> types = new ArrayList<>();
        for (String name : reader.list(RESTORE_ALLOWED_RESOURCE_TYPES, List.of())) {
            String type = ResourceTypes.canonical(name).orElseThrow(() -> new ConfigurationException(
                    "Environment variable " + RESTORE_ALLOWED_RESOURCE_TYPES + " must list AWS Backup resource types ("
                            + String.join(", ", ResourceTypes.KNOWN) + "), got '" + name + "'"));
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static List<String> objectKeys(ConfigReader reader) {
        List<String> keys = reader.list(CONFIG_OBJECT_KEYS, List.of());
        for (String key : keys) {
            if (!OBJECT_KEY.matcher(key).matches()) {
                throw new ConfigurationException("Environment variable " + CONFIG_OBJECT_KEYS
                        + " must list S3 object keys such as terragrunt/acme/config.yaml, got '" + key + "'");
            }
        }
        return keys;
    }
}
