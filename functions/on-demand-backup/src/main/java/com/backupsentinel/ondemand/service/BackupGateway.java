package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What this function needs from AWS Backup. Every method throws {@link AwsCallException} when AWS refuses. */
public interface BackupGateway {

    /** StartBackupJob. */
    StartedBackup startBackupJob(BackupJobSpec spec);

    /**
     * ListBackupJobs of one resource in one vault, created in {@code [createdAfter, createdBefore]}, every page.
     */
    List<ListedBackupJob> backupJobsOf(String resourceArn, String vaultName, Instant createdAfter,
                                       Instant createdBefore);

    /** DescribeBackupJob; {@link AwsCallException#notFound()} when AWS Backup does not know the job. */
    JobProgress describeBackupJob(String backupJobId);

    /** DescribeRecoveryPoint in {@code vaultName}; empty when the vault holds no such recovery point. */
    Optional<RecoveryPoint> describeRecoveryPoint(String vaultName, String recoveryPointArn);

    /** GetRecoveryPointRestoreMetadata. */
    Map<String, String> restoreMetadata(String vaultName, String recoveryPointArn);

    /** StartRestoreJob; returns the restore job id. */
    String startRestoreJob(RestoreJobSpec spec);

    /** DescribeRestoreJob; {@link AwsCallException#notFound()} when AWS Backup does not know the job. */
    JobProgress describeRestoreJob(String restoreJobId);

    /** ListBackupSelections and GetBackupSelection for every selection of the plan. */
    List<BackupSelectionRules> backupSelections(String backupPlanId);

    /**
     * The vault's description (lock settings included), access policy and notifications, and the plan with its
     * selections when a plan id is given, each in the AWS API's own JSON shape.
     */
    BackupConfiguration configuration(String vaultName, Optional<String> backupPlanId);
}
