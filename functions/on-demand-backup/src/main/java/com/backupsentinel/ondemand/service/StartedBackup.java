package com.backupsentinel.ondemand.service;

import java.util.Objects;

/** What StartBackupJob answered; {@code recoveryPointArn} is empty when AWS Backup did not say. */
public record StartedBackup(String backupJobId, String recoveryPointArn) {

    public StartedBackup {
        Objects.requireNonNull(backupJobId, "backupJobId");
        recoveryPointArn = Objects.requireNonNullElse(recoveryPointArn, "");
    }
}
