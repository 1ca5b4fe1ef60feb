package com.backupsentinel.ondemand.service;

import java.util.Objects;

/**
 * A recovery point a restore request left out on purpose.
 *
 * @param resourceArn      the resource the recovery point was taken of
 * @param resourceType     AWS Backup's resource type
 * @param recoveryPointArn the recovery point left out
 * @param reason           why: the {@code skip} entry that matched
 */
public record SkippedResource(String resourceArn, String resourceType, String recoveryPointArn, String reason) {

    public SkippedResource {
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(reason, "reason");
    }
}
