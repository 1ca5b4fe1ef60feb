package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A backup vault with its lock settings and access policy (empty when the vault has none).
 * {@code encryptionKeyType} is AWS's {@code CUSTOMER_MANAGED_KMS_KEY} or {@code AWS_OWNED_KMS_KEY}, empty when
 * AWS does not say.
 *
 * @param lockDate            when the vault lock became (or becomes) immutable: compliance mode; empty on a locked
 *                            vault = governance mode (the lock can still be removed)
 * @param vaultState          CREATING, AVAILABLE or FAILED; empty when AWS does not say
 * @param mpaApprovalTeamArn  the multi-party approval team of a logically air-gapped vault (DescribeBackupVault);
 *                            empty when none or not read
 */
public record VaultRecord(String name, String arn, String vaultType, String encryptionKeyArn,
                          String encryptionKeyType, boolean locked, OptionalLong minRetentionDays,
                          OptionalLong maxRetentionDays, Optional<String> accessPolicy, Optional<Instant> lockDate,
                          String vaultState, Optional<String> mpaApprovalTeamArn) {

    public static final String LOGICALLY_AIR_GAPPED = "LOGICALLY_AIR_GAPPED_BACKUP_VAULT";

    public VaultRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(vaultType, "vaultType");
        Objects.requireNonNull(encryptionKeyArn, "encryptionKeyArn");
        Objects.requireNonNull(encryptionKeyType, "encryptionKeyType");
        Objects.requireNonNull(minRetentionDays, "minRetentionDays");
        Objects.requireNonNull(maxRetentionDays, "maxRetentionDays");
        Objects.requireNonNull(accessPolicy, "accessPolicy");
        Objects.requireNonNull(lockDate, "lockDate");
        Objects.requireNonNull(vaultState, "vaultState");
        Objects.requireNonNull(mpaApprovalTeamArn, "mpaApprovalTeamArn");
    }

    /** A vault without lock date, state or approval team. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public VaultRecord(String name, String arn, String vaultType, String encryptionKeyArn, String encryptionKeyType,
                       boolean locked, OptionalLong minRetentionDays, OptionalLong maxRetentionDays,
                       Optional<String> accessPolicy) {
        this(name, arn, vaultType, encryptionKeyArn, encryptionKeyType, locked, minRetentionDays, maxRetentionDays,
                accessPolicy, Optional.empty(), "", Optional.empty());
    }

    public boolean logicallyAirGapped() {
        return LOGICALLY_AIR_GAPPED.equals(vaultType);
    }
}
