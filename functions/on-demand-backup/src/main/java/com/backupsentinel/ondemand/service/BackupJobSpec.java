package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Objects;

/**
 * One StartBackupJob call.
 *
 * @param vaultName         the configured vault
 * @param resourceArn       what to back up
 * @param iamRoleArn        the configured backup role
 * @param idempotencyToken  AWS Backup's own idempotency token, stable across retries of the same request
 * @param deleteAfterDays   the recovery point's lifecycle
 * @param recoveryPointTags tags that tie the recovery point to this request and its caller
 */
public record BackupJobSpec(String vaultName, String resourceArn, String iamRoleArn, String idempotencyToken,
                            int deleteAfterDays, Map<String, String> recoveryPointTags) {

    public BackupJobSpec {
        Objects.requireNonNull(vaultName, "vaultName");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        Objects.requireNonNull(idempotencyToken, "idempotencyToken");
        recoveryPointTags = Map.copyOf(recoveryPointTags);
    }
}
