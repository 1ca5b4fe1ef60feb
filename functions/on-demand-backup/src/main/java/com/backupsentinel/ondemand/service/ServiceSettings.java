package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the services need from the configuration, plus the region the function runs in.
 *
 * @param region                 the AWS region, for console links
 * @param vaultName              the vault every backup goes to and every restore comes from
 * @param backupRoleArn          the role AWS Backup assumes to take backups
 * @param restoreRoleArn         the role AWS Backup assumes to restore
 * @param backupPlanId           the plan whose selections a backup without {@code resources} protects
 * @param restoreAllowedTypes    resource types a restore may recreate; empty disables restores
 * @param retentionDays          the lifecycle of on-demand recovery points
 * @param configObjectKeys       extra objects of the report bucket to include in configuration backups
 * @param awsConcurrency         how many AWS Backup calls of one request run at once (1 = one after another)
 */
public record ServiceSettings(String region, String vaultName, String backupRoleArn, String restoreRoleArn,
                              Optional<String> backupPlanId, List<String> restoreAllowedTypes, int retentionDays,
                              List<String> configObjectKeys, int awsConcurrency) {

    /** What the function uses: AWS Backup's start and describe APIs tolerate a few calls in flight. */
    public static final int DEFAULT_AWS_CONCURRENCY = 4;

    private static final Pattern ROLE_ACCOUNT = Pattern.compile("^arn:[a-z-]+:iam::(\\d{12}):role/.+$");

    public ServiceSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vaultName, "vaultName");
        Objects.requireNonNull(backupRoleArn, "backupRoleArn");
        Objects.requireNonNull(restoreRoleArn, "restoreRoleArn");
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        restoreAllowedTypes = List.copyOf(restoreAllowedTypes);
        configObjectKeys = List.copyOf(configObjectKeys);
        if (awsConcurrency < 1) {
            throw new IllegalArgumentException("awsConcurrency must be at least 1, got " + awsConcurrency);
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, got " + retentionDays);
        }
        ownAccountId(backupRoleArn);
    }

    /** The account this function runs in: the backup role's account. */
    public String ownAccountId() {
        return ownAccountId(backupRoleArn);
    }

    /** The AWS console page listing the vault's recovery points. */
    public String vaultConsoleUrl() {
        return "https://" + region + ".console.aws.amazon.com/backup/home?region=" + region
                + "#/backupvaults/details/" + vaultName;
    }

    private static String ownAccountId(String roleArn) {
        Matcher matcher = ROLE_ACCOUNT.matcher(roleArn);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("backupRoleArn must be an IAM role ARN, got '" + roleArn + "'");
        }
        return matcher.group(1);
    }
}
