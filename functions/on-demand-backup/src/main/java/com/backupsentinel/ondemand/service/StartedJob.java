package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Objects;

/**
 * A job AWS Backup accepted.
 *
 * @param jobId            the backup or restore job id
 * @param resourceArn      the protected resource (for a restore: the resource the recovery point was taken of)
 * @param resourceType     AWS Backup's resource type ({@code RDS}, {@code EBS}, ...); empty when unknown
 * @param recoveryPointArn for a backup the recovery point being created, for a restore the one restored from
 * @param overrides        restore metadata this service changed (empty for backups)
 */
public record StartedJob(String jobId, String resourceArn, String resourceType, String recoveryPointArn,
                         Map<String, String> overrides) {

    public StartedJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(resourceArn, "resourceArn");
        resourceType = Objects.requireNonNullElse(resourceType, "");
        recoveryPointArn = Objects.requireNonNullElse(recoveryPointArn, "");
        overrides = Map.copyOf(overrides);
    }
}
