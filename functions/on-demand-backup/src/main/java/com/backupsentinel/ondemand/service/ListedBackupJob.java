package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup job as ListBackupJobs reports it, with what tells whether this function started it.
 *
 * @param onDemand true when no backup plan created it ({@code CreatedBy} names no plan), as for StartBackupJob
 */
public record ListedBackupJob(String jobId, String resourceArn, String iamRoleArn, String recoveryPointArn,
                              boolean onDemand, Instant createdAt) {

    public ListedBackupJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(resourceArn, "resourceArn");
        iamRoleArn = Objects.requireNonNullElse(iamRoleArn, "");
        recoveryPointArn = Objects.requireNonNullElse(recoveryPointArn, "");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
