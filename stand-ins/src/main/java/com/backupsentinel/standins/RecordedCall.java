package com.backupsentinel.standins;

import java.util.Objects;

/**
 * One state-changing AWS Backup call the stand-in executed (StartBackupJob, StartRestoreJob, StopBackupJob).
 *
 * @param operation   the API operation name, e.g. {@code StartBackupJob}
 * @param requestJson the request body as sent; for StopBackupJob (no body) {@code {"BackupJobId":"..."}}
 */
public record RecordedCall(String operation, String requestJson) {

    public RecordedCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestJson, "requestJson");
    }
}
