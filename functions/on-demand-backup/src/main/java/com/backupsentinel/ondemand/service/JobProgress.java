package com.backupsentinel.ondemand.service;

import java.util.Objects;

/**
 * A job's current state as AWS Backup describes it.
 *
 * @param jobId              the backup or restore job id
 * @param state              AWS Backup's state ({@code CREATED}, {@code RUNNING}, {@code COMPLETED}, ...), or
 *                           {@link #NOT_FOUND} when AWS Backup no longer knows the job
 * @param percentDone        AWS Backup's estimate, e.g. {@code 42.0}; empty when not reported
 * @param statusMessage      AWS Backup's explanation; empty when none
 * @param recoveryPointArn   for a backup job, the recovery point it creates; empty otherwise
 * @param createdResourceArn for a finished restore job, the resource it created; empty otherwise
 */
public record JobProgress(String jobId, String state, String percentDone, String statusMessage,
                          String recoveryPointArn, String createdResourceArn) {

    /** The state reported for a job AWS Backup answers ResourceNotFound for. */
    public static final String NOT_FOUND = "NOT_FOUND";

    public JobProgress {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(state, "state");
        percentDone = Objects.requireNonNullElse(percentDone, "");
        statusMessage = Objects.requireNonNullElse(statusMessage, "");
        recoveryPointArn = Objects.requireNonNullElse(recoveryPointArn, "");
        createdResourceArn = Objects.requireNonNullElse(createdResourceArn, "");
    }

    static JobProgress notFound(String jobId) {
        return new JobProgress(jobId, NOT_FOUND, "", "AWS Backup no longer reports this job", "", "");
    }
}
