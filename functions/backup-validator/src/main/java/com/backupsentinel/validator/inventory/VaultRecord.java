package com.backupsentinel.validator.inventory;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A backup vault with its lock settings and access policy (empty when the vault has none).
 * {@code encryptionKeyType} is AWS's {@code CUSTOMER_MANAGED_KMS_KEY} or {@code AWS_OWNED_KMS_KEY}, empty when
 * AWS does not say.
 */
public record VaultRecord(String name, String arn, String vaultType, String encryptionKeyArn,
                          String encryptionKeyType, boolean locked, OptionalLong minRetentionDays,
                          OptionalLong maxRetentionDays, Optional<String> accessPolicy) {

    public VaultRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(vaultType, "vaultType");
        Objects.requireNonNull(encryptionKeyArn, "encryptionKeyArn");
        Objects.requireNonNull(encryptionKeyType, "encryptionKeyType");
        Objects.requireNonNull(minRetentionDays, "minRetentionDays");
        Objects.requireNonNull(maxRetentionDays, "maxRetentionDays");
        Objects.requireNonNull(accessPolicy, "accessPolicy");
    }
}
