package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code Restore Job State Change}; reports {@code status} rather than {@code state}. The restored resource's
 * source ({@code sourceResourceArn}) is {@link BackupFacts#resourceArn()}.
 */
public record RestoreJobStateChange(String restoreJobId, BackupFacts facts, Optional<String> recoveryPointArn,
                                    Optional<String> createdResourceArn) implements BackupEventDetail {

    public RestoreJobStateChange {
        Objects.requireNonNull(restoreJobId, "restoreJobId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(createdResourceArn, "createdResourceArn");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.RESTORE_JOB);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(facts.state());
    }
}
