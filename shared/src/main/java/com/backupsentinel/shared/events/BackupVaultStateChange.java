package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code Backup Vault State Change}: {@code CREATED}, {@code MODIFIED} or {@code DELETED}. A {@code MODIFIED}
 * event carries {@code isLocked} (as the text {@code "true"} or {@code "false"}) when vault lock changed.
 */
public record BackupVaultStateChange(String backupVaultName, String vaultState, Optional<Boolean> locked)
        implements BackupEventDetail {

    public BackupVaultStateChange {
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(vaultState, "vaultState");
        Objects.requireNonNull(locked, "locked");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.BACKUP_VAULT);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(vaultState);
    }
}
