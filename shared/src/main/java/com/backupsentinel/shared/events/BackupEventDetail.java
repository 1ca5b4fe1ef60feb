package com.backupsentinel.shared.events;

import java.util.Optional;

/** The {@code detail} of an AWS Backup event, one record per detail-type. */
public sealed interface BackupEventDetail permits BackupJobStateChange, CopyJobStateChange, RestoreJobStateChange,
        RecoveryPointStateChange, BackupVaultStateChange, BackupPlanStateChange, UnknownBackupEventDetail {

    /** The known detail-type, or empty for a detail-type this project does not model. */
    Optional<DetailType> type();

    /** The upper-case state or status the event reports ({@code FAILED}, {@code DELETED}), if any. */
    Optional<String> state();
}
