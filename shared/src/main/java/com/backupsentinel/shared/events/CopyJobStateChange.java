package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code Copy Job State Change}. A failed or running copy reports {@code destinationRecoveryPointArn: {}}: that
 * arrives here as empty.
 */
public record CopyJobStateChange(String copyJobId, BackupFacts facts, Optional<String> sourceBackupVaultArn,
                                 Optional<String> destinationBackupVaultArn,
                                 Optional<String> destinationRecoveryPointArn) implements BackupEventDetail {

    public CopyJobStateChange {
        Objects.requireNonNull(copyJobId, "copyJobId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(sourceBackupVaultArn, "sourceBackupVaultArn");
        Objects.requireNonNull(destinationBackupVaultArn, "destinationBackupVaultArn");
        Objects.requireNonNull(destinationRecoveryPointArn, "destinationRecoveryPointArn");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.COPY_JOB);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(facts.state());
    }
}
