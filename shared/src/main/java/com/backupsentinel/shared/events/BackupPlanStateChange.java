package com.backupsentinel.shared.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Backup Plan State Change}: {@code CREATED}, {@code MODIFIED} or {@code DELETED}, with the plan version
 * and the date of the change ({@code creationDate}, {@code modifiedAt} or {@code deletionDate}).
 */
public record BackupPlanStateChange(String backupPlanId, String planState, Optional<String> versionId,
                                    Optional<Instant> changedAt) implements BackupEventDetail {

    public BackupPlanStateChange {
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(planState, "planState");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.of(DetailType.BACKUP_PLAN);
    }

    @Override
    public Optional<String> state() {
        return Optional.of(planState);
    }
}
