package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One recovery point in a vault. {@code encryptionKeyType} is AWS's {@code CUSTOMER_MANAGED_KMS_KEY} or
 * {@code AWS_OWNED_KMS_KEY}, empty when AWS does not say; {@code deleteAfterDays} comes from the lifecycle
 * and {@code deleteAt} from the calculated lifecycle; {@code details} names the plan and rule that made it, its size
 * and its malware scan result.
 */
public record RecoveryPointRecord(String arn, String vaultName, String resourceArn, String resourceType,
                                  String status, String statusMessage, Instant creationDate,
                                  Optional<Instant> completionDate, boolean encrypted, String encryptionKeyArn,
                                  String encryptionKeyType, OptionalLong deleteAfterDays,
                                  Optional<Instant> deleteAt, PointDetails details) {

    /** RecoveryPointStatus of the 2018-11-15 API. */
    public static final Set<String> KNOWN_STATUSES = Set.of("COMPLETED", "PARTIAL", "DELETING", "EXPIRED", "AVAILABLE",
            "STOPPED", "CREATING");

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
        Objects.requireNonNull(details, "details");
    }

    /** A point without plan, size or scan details. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public RecoveryPointRecord(String arn, String vaultName, String resourceArn, String resourceType, String status,
                               String statusMessage, Instant creationDate, Optional<Instant> completionDate,
                               boolean encrypted, String encryptionKeyArn, String encryptionKeyType,
                               OptionalLong deleteAfterDays, Optional<Instant> deleteAt) {
        this(arn, vaultName, resourceArn, resourceType, status, statusMessage, creationDate, completionDate, encrypted,
                encryptionKeyArn, encryptionKeyType, deleteAfterDays, deleteAt, PointDetails.NONE);
    }

    /** A point a restore can start from: COMPLETED, or AVAILABLE as continuous backups report it. */
    public boolean isUsable() {
        return "COMPLETED".equals(status) || "AVAILABLE".equals(status);
    }

    /** A status AWS Backup documents (RecoveryPointStatus); anything else is a value AWS added since. */
    public boolean isKnownStatus() {
        return KNOWN_STATUSES.contains(status);
    }
}
