package com.backupsentinel.shared.events;

import java.util.Objects;

/** An AWS Backup event as EventBridge delivers it: the envelope and its typed detail. */
public record AwsBackupEvent(EventEnvelope envelope, BackupEventDetail detail) {

    /** The {@code source} of every AWS Backup service event. */
    public static final String SOURCE = "aws.backup";

    public AwsBackupEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(detail, "detail");
    }
}
