package com.backupsentinel.notifier;

import java.util.Optional;

/**
 * Looks up what AWS Backup knows about a job, recovery point or backup plan. Implementations throw
 * {@link LookupFailedException} when AWS Backup refuses or cannot answer (after retries).
 */
interface BackupLookup {

    JobDescription describeBackupJob(String backupJobId);

    JobDescription describeCopyJob(String copyJobId);

    JobDescription describeRestoreJob(String restoreJobId);

    JobDescription describeRecoveryPoint(String backupVaultName, String recoveryPointArn);

    /** The plan's name (GetBackupPlan, at {@code versionId} when given: it also answers for deleted plans). */
    String backupPlanName(String backupPlanId, Optional<String> versionId);
}
