package com.backupsentinel.shared.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Recovery Point State Change}; reports {@code status}. The recovery point's ARN is
 * {@code detail.recoveryPointArn} when present, else the event's first resource.
 */
public record RecoveryPointStateChange(String recoveryPointArn, BackupFacts facts, Optional<Boolean> encrypted,
                                       Optional<String> storageClass, Optional<Integer> deleteAfterDays,
                                       Optional<Instant> deleteAt) implements BackupEventDetail {

    public RecoveryPointStateChange {
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(encrypted, "encrypted");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(deleteAfterDays, "deleteAfterDays");
        Objects.requireNonNull(deleteAt, "deleteAt");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.RECOVERY_POINT);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(facts.state());
    }
}
