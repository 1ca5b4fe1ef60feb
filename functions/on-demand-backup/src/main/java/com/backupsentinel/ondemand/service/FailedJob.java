package com.backupsentinel.ondemand.service;

import java.util.Objects;

/**
 * A job that could not be started, or a configuration object that could not be saved.
 *
 * @param resourceArn      what was to be backed up or restored ({@code s3://bucket/key} for a config object)
 * @param resourceType     AWS Backup's resource type; empty when unknown
 * @param recoveryPointArn the recovery point a restore would have used; empty for backups
 * @param errorCode        AWS's error code ({@code ThrottlingException}) or this service's reason code
 * @param message          a short, sanitized reason
 */
public record FailedJob(String resourceArn, String resourceType, String recoveryPointArn, String errorCode,
                        String message) {

    public FailedJob {
        Objects.requireNonNull(resourceArn, "resourceArn");
        resourceType = Objects.requireNonNullElse(resourceType, "");
        recoveryPointArn = Objects.requireNonNullElse(recoveryPointArn, "");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
    }
}
