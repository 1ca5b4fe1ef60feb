package com.backupsentinel.standins.backup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The URI templates of the AWS Backup operations the stand-in serves, as in the SDK's service model (2018-11-15). */
public final class Routes {

    private static final List<Route> ALL = List.of(
            Route.of("GET", "/backup-vaults/", "ListBackupVaults"),
            Route.of("GET", "/backup-vaults/{backupVaultName}", "DescribeBackupVault"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/access-policy", "GetBackupVaultAccessPolicy"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/notification-configuration", "GetBackupVaultNotifications"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/recovery-points/", "ListRecoveryPointsByBackupVault"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}", "DescribeRecoveryPoint"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}/restore-metadata",
                    "GetRecoveryPointRestoreMetadata"),
            Route.of("GET", "/backup-vaults/{backupVaultName}/resources/", "ListProtectedResourcesByBackupVault"),
            Route.of("GET", "/backup/plans/", "ListBackupPlans"),
            Route.of("GET", "/backup/plans/{backupPlanId}/", "GetBackupPlan"),
            Route.of("GET", "/backup/plans/{backupPlanId}/selections/", "ListBackupSelections"),
            Route.of("GET", "/backup/plans/{backupPlanId}/selections/{selectionId}", "GetBackupSelection"),
            Route.of("GET", "/backup-jobs/", "ListBackupJobs"),
            Route.of("GET", "/backup-jobs/{backupJobId}", "DescribeBackupJob"),
            Route.of("PUT", "/backup-jobs", "StartBackupJob"),
            Route.of("POST", "/backup-jobs/{backupJobId}", "StopBackupJob"),
            Route.of("GET", "/copy-jobs/", "ListCopyJobs"),
            Route.of("GET", "/copy-jobs/{copyJobId}", "DescribeCopyJob"),
            Route.of("GET", "/restore-jobs/", "ListRestoreJobs"),
            Route.of("GET", "/restore-jobs/{restoreJobId}", "DescribeRestoreJob"),
            Route.of("PUT", "/restore-jobs", "StartRestoreJob"),
            Route.of("GET", "/resources/", "ListProtectedResources"),
            Route.of("GET", "/resources/{resourceArn}/recovery-points/", "ListRecoveryPointsByResource"),
            Route.of("GET", "/tags/{resourceArn}/", "ListTags"),
            Route.of("GET", "/scan/jobs", "ListScanJobs"),
            Route.of("GET", "/restore-testing/plans", "ListRestoreTestingPlans"),
            Route.of("GET", "/restore-testing/plans/{RestoreTestingPlanName}/selections",
                    "ListRestoreTestingSelections"));

    private Routes() {
    }

    /** The operation and its labels for a request, if any route fits. */
    public static Optional<Map.Entry<String, Map<String, String>>> find(String method, List<String> segments) {
        for (Route route : ALL) {
            Optional<Map<String, String>> labels = route.match(method, segments);
            if (labels.isPresent()) {
                return Optional.of(Map.entry(route.operation(), labels.get()));
            }
        }
        return Optional.empty();
    }
}
