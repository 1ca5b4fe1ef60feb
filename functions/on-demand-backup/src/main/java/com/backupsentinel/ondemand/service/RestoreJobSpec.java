package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Objects;

/**
 * One StartRestoreJob call; always through the configured restore role.
 *
 * @param metadata the recovery point's restore metadata with this service's overrides applied
 */
public record RestoreJobSpec(String recoveryPointArn, String resourceType, Map<String, String> metadata,
                             String iamRoleArn, String idempotencyToken) {

    public RestoreJobSpec {
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(resourceType, "resourceType");
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        Objects.requireNonNull(idempotencyToken, "idempotencyToken");
    }
}
