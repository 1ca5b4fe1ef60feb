package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/** {@code Backup Job State Change}: a backup job was created, started, finished, failed, expired or aborted. */
public record BackupJobStateChange(String backupJobId, BackupFacts facts, Optional<Integer> retryCount)
        implements BackupEventDetail {

    public BackupJobStateChange {
        Objects.requireNonNull(backupJobId, "backupJobId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(retryCount, "retryCount");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.BACKUP_JOB);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(facts.state());
    }
}
