package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code aws.backup} detail-type this project does not model (Region settings, recovery point indexing, scan
 * jobs, ...): kept as its detail-type, its state if it has one, and the detail as compact JSON text.
 */
public record UnknownBackupEventDetail(String detailType, Optional<String> state, String detailJson)
        implements BackupEventDetail {

    public UnknownBackupEventDetail {
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detailJson, "detailJson");
    }

    @Override
    public Optional<DetailType> type() {
        return Optional.empty();
    }
}
