package com.backupsentinel.ondemand.service;

import java.util.Objects;
import java.util.Set;

/**
 * A recovery point as DescribeRecoveryPoint reports it.
 *
 * @param status {@code COMPLETED}, {@code AVAILABLE}, {@code CREATING}, {@code PARTIAL}, {@code EXPIRED}, ...
 */
public record RecoveryPoint(String recoveryPointArn, String resourceArn, String resourceType, String status) {

    private static final Set<String> RESTORABLE = Set.of("COMPLETED", "AVAILABLE");

    public RecoveryPoint {
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        resourceArn = Objects.requireNonNullElse(resourceArn, "");
        resourceType = Objects.requireNonNullElse(resourceType, "");
        status = Objects.requireNonNullElse(status, "");
    }

    public boolean restorable() {
        return RESTORABLE.contains(status);
    }
}
