package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupVaultEvent;
import software.amazon.awssdk.services.backup.model.DescribeBackupVaultResponse;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.GetRecoveryPointRestoreMetadataResponse;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RecoveryPointByResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointStatus;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;

/** Vaults, plans, selections, recovery points, protected resources and tags of the demo account through the SDK. */
class BackupCatalogTest {

    private static final String PRODUCTION = "arrakis-backup-vault-production";
    private static final String STAGING = "arrakis-backup-vault-staging";

    private static BackupStandIn backup;
    private static BackupClient client;

    @BeforeAll
    static void start() {
        backup = BackupStandIn.start(DemoClock.demoAtExportTime());
        client = Clients.of(BackupClient.builder(), backup.endpoint(), "us-west-2");
    }

    @AfterAll
    static void stop() {
        client.close();
        backup.close();
    }

    @Test
    void describesVaultsWithLockKeyAndRecoveryPointCount() {
        DescribeBackupVaultResponse production = client.describeBackupVault(request -> request.backupVaultName(PRODUCTION));
        assertThat(production.locked()).isTrue();
        assertThat(production.minRetentionDays()).isEqualTo(30L);
        assertThat(production.maxRetentionDays()).isEqualTo(36500L);
        assertThat(production.encryptionKeyTypeAsString()).isEqualTo("CUSTOMER_MANAGED_KMS_KEY");
        assertThat(production.numberOfRecoveryPoints()).isEqualTo(393L);
        assertThat(client.describeBackupVault(request -> request.backupVaultName(STAGING)).locked()).isFalse();
        assertThatThrownBy(() -> client.describeBackupVault(request -> request.backupVaultName("no-such-vault")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup vault no-such-vault does not exist in us-west-2");
    }

    @Test
    void servesAccessPoliciesAndNotificationsAndNotFoundWhereAVaultHasNone() {
        assertThat(client.getBackupVaultAccessPolicy(request -> request.backupVaultName(PRODUCTION)).policy())
                .contains("\"Effect\":\"Deny\"", "backup:DeleteRecoveryPoint");
        assertThat(client.getBackupVaultNotifications(request -> request.backupVaultName(PRODUCTION)).backupVaultEvents())
                .contains(BackupVaultEvent.BACKUP_JOB_FAILED, BackupVaultEvent.COPY_JOB_FAILED);
        assertThatThrownBy(() -> client.getBackupVaultAccessPolicy(request -> request.backupVaultName(STAGING)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup vault arrakis-backup-vault-staging has no access policy");
        assertThatThrownBy(() -> client.getBackupVaultNotifications(request -> request.backupVaultName(STAGING)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup vault arrakis-backup-vault-staging has no notification configuration");
    }

    @Test
    void servesPlansRulesAndSelections() {
        List<BackupPlansListMember> plans = client.listBackupPlans().backupPlansList();
        assertThat(plans).extracting(BackupPlansListMember::backupPlanName)
                .containsExactly("arrakis-backup-plan-production", "arrakis-backup-plan-staging");
        String productionId = plans.get(0).backupPlanId();
        GetBackupPlanResponse production = client.getBackupPlan(request -> request.backupPlanId(productionId));
        assertThat(production.backupPlan().rules()).extracting(BackupRule::ruleName, BackupRule::scheduleExpression)
                .containsExactly(tuple("daily-backups", "cron(0 1 * * ? *)"),
                        tuple("weekly-backups", "cron(0 1 ? * SUN *)"),
                        tuple("monthly-backups", "cron(0 1 1 * ? *)"));
        assertThat(production.backupPlan().rules().get(0).copyActions()).singleElement().satisfies(copy -> assertThat(
                copy.destinationBackupVaultArn()).endsWith(":backup-vault:arrakis-backup-vault-replica-production"));
        String stagingId = plans.get(1).backupPlanId();
        String selectionId = client.listBackupSelections(request -> request.backupPlanId(stagingId)).backupSelectionsList()
                .get(0).selectionId();
        GetBackupSelectionResponse selection = client.getBackupSelection(request -> request.backupPlanId(stagingId)
                .selectionId(selectionId));
        assertThat(selection.backupSelection().conditions().stringNotEquals()).singleElement().satisfies(condition -> {
            assertThat(condition.conditionKey()).isEqualTo("aws:ResourceTag/VolumeType");
            assertThat(condition.conditionValue()).isEqualTo("temporary");
        });
        assertThatThrownBy(() -> client.getBackupPlan(request -> request.backupPlanId("no-such-plan")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup plan no-such-plan does not exist in us-west-2");
        assertThatThrownBy(() -> client.getBackupSelection(request -> request.backupPlanId(stagingId).selectionId("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup plan " + stagingId + " has no selection nope");
    }

    @Test
    void listsRecoveryPointsByVaultWithFiltersAndByResource() {
        List<RecoveryPointByBackupVault> staging = client.listRecoveryPointsByBackupVaultPaginator(request -> request
                .backupVaultName(STAGING).maxResults(50)).recoveryPoints().stream().toList();
        assertThat(staging).hasSize(206).filteredOn(point -> !point.isEncrypted()).singleElement()
                .satisfies(point -> assertThat(point.resourceName()).isEqualTo("arrakis-staging-redis-0"));
        assertThat(client.listRecoveryPointsByBackupVaultPaginator(request -> request.backupVaultName(PRODUCTION)
                .byResourceType("EFS")).recoveryPoints().stream().filter(point -> point.status() == RecoveryPointStatus.PARTIAL))
                .isEmpty();
        assertThat(client.listRecoveryPointsByBackupVaultPaginator(request -> request.backupVaultName(PRODUCTION)
                .byResourceType("S3")).recoveryPoints().stream().filter(point -> point.status() == RecoveryPointStatus.PARTIAL)
                .count()).isEqualTo(1);
        String oms = "arn:aws:rds:us-west-2:123456789012:db:arrakis-oms-production";
        List<RecoveryPointByResource> byResource = client.listRecoveryPointsByResource(request -> request.resourceArn(oms))
                .recoveryPoints();
        assertThat(byResource).hasSize(15).allSatisfy(point -> assertThat(point.backupSizeBytes()).isNotNull());
    }

    @Test
    void describesRecoveryPointsAndDerivesRestoreMetadata() {
        RecoveryPointByBackupVault point = client.listRecoveryPointsByBackupVault(request -> request.backupVaultName(PRODUCTION)
                .byResourceType("DynamoDB").maxResults(1)).recoveryPoints().get(0);
        assertThat(client.describeRecoveryPoint(request -> request.backupVaultName(PRODUCTION)
                .recoveryPointArn(point.recoveryPointArn())).resourceArn()).isEqualTo(point.resourceArn());
        GetRecoveryPointRestoreMetadataResponse metadata = client.getRecoveryPointRestoreMetadata(request -> request
                .backupVaultName(PRODUCTION).recoveryPointArn(point.recoveryPointArn()));
        assertThat(metadata.resourceType()).isEqualTo("DynamoDB");
        assertThat(metadata.restoreMetadata()).containsEntry("targetTableName", point.resourceName());
        assertThatThrownBy(() -> client.describeRecoveryPoint(request -> request.backupVaultName(STAGING)
                .recoveryPointArn(point.recoveryPointArn())))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Recovery point " + point.recoveryPointArn() + " does not exist in backup vault " + STAGING);
    }

    @Test
    void listsProtectedResourcesAndTags() {
        List<ProtectedResource> resources = client.listProtectedResourcesPaginator(request -> request.maxResults(10)).results()
                .stream().toList();
        assertThat(resources).hasSize(42).extracting(ProtectedResource::resourceType).containsOnly("RDS", "EBS", "EFS",
                "DynamoDB", "S3");
        assertThat(client.listProtectedResourcesByBackupVault(request -> request.backupVaultName(STAGING)).results()).hasSize(15);
        assertThat(client.listTags(request -> request.resourceArn(
                "arn:aws:backup:us-west-2:123456789012:backup-vault:arrakis-backup-vault-staging")).tags())
                .containsEntry("Environment", "staging");
    }
}
