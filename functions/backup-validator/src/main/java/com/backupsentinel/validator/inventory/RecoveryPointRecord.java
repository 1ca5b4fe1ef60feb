package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One recovery point in a vault. {@code encryptionKeyType} is AWS's {@code CUSTOMER_MANAGED_KMS_KEY} or
 * {@code AWS_OWNED_KMS_KEY}, empty when AWS does not say; {@code deleteAfterDays} comes from the lifecycle
 * and {@code deleteAt} from the calculated lifecycle.
 */
public record RecoveryPointRecord(String arn, String vaultName, String resourceArn, String resourceType,
                                  String status, String statusMessage, Instant creationDate,
                                  Optional<Instant> completionDate, boolean encrypted, String encryptionKeyArn,
                                  String encryptionKeyType, OptionalLong deleteAfterDays,
                                  Optional<Instant> deleteAt) {

    public RecoveryPointRecord {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(vaultName, "vaultName");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(encryptionKeyArn, "encryptionKeyArn");
        Objects.requireNonNull(encryptionKeyType, "encryptionKeyType");
        Objects.requireNonNull(deleteAfterDays, "deleteAfterDays");
        Objects.requireNonNull(deleteAt, "deleteAt");
    }

    /** A point a restore can start from: COMPLETED, or AVAILABLE as continuous backups report it. */
    public boolean isUsable() {
        return "COMPLETED".equals(status) || "AVAILABLE".equals(status);
    }
}
