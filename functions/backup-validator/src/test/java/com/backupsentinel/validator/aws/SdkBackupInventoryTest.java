package com.backupsentinel.validator.aws;

import static com.backupsentinel.validator.aws.StandInClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TagCondition;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;

/** The AWS Backup adapter through the real SDK over HTTP against the Backup stand-in. */
class SdkBackupInventoryTest {

    private static final String REGION = "us-west-2";
    private static final String ACCOUNT = "123456789012";
    private static BackupStandIn standIn;
    private static SdkBackupInventory inventory;

    @BeforeAll
    static void start() {
        InventoryBuilder builder = Inventory.builder(ACCOUNT, REGION);
        for (int i = 0; i < 2500; i++) {
            builder.backupJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"BackupJobId\":\"job-" + i + "\","
                    + "\"BackupVaultName\":\"vault-a\",\"ResourceArn\":\"arn:aws:ec2:us-west-2:" + ACCOUNT
                    + ":volume/vol-" + i + "\",\"ResourceType\":\"EBS\",\"State\":\"COMPLETED\","
                    + "\"MessageCategory\":\"SUCCESS\",\"CreationDate\":\"2026-11-2" + (i % 2) + "T01:00:00Z\","
                    + "\"CompletionDate\":\"2026-11-2" + (i % 2) + "T01:30:00Z\"}"));
        }
        builder.copyJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"CopyJobId\":\"copy-1\",\"SourceBackupVaultArn\":"
                + "\"arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:vault-a\",\"DestinationBackupVaultArn\":"
                + "\"arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:replica\",\"ResourceArn\":\"arn:aws:ec2:us-west-2:"
                + ACCOUNT + ":volume/vol-1\",\"ResourceType\":\"EBS\",\"State\":\"FAILED\",\"StatusMessage\":\"KMS denied\","
                + "\"CreationDate\":\"2026-11-21T02:00:00Z\",\"CompletionDate\":\"2026-11-21T02:05:00Z\"}"));
        builder.restoreJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"RestoreJobId\":\"restore-1\","
                + "\"SourceResourceArn\":\"arn:aws:rds:us-west-2:" + ACCOUNT + ":db:oms\",\"CreatedResourceArn\":"
                + "\"arn:aws:rds:us-west-2:" + ACCOUNT + ":db:oms-restored\",\"BackupVaultArn\":\"arn:aws:backup:us-west-2:"
                + ACCOUNT + ":backup-vault:vault-a\",\"Status\":\"COMPLETED\",\"ResourceType\":\"RDS\",\"CreatedBy\":"
                + "{\"RestoreTestingPlanArn\":\"arn:aws:backup:us-west-2:" + ACCOUNT + ":restore-testing-plan:weekly\"},"
                + "\"CreationDate\":\"2026-11-17T04:00:00Z\",\"CompletionDate\":\"2026-11-17T04:49:00Z\"}"));
        builder.backupVault(REGION, json("{\"BackupVaultName\":\"vault-a\",\"BackupVaultArn\":\"arn:aws:backup:us-west-2:"
                + ACCOUNT + ":backup-vault:vault-a\",\"VaultType\":\"BACKUP_VAULT\",\"EncryptionKeyArn\":"
                + "\"arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1\",\"EncryptionKeyType\":\"CUSTOMER_MANAGED_KMS_KEY\","
                + "\"Locked\":true,\"MinRetentionDays\":30,\"MaxRetentionDays\":36500}"));
        builder.backupVault(REGION, json("{\"BackupVaultName\":\"vault-b\",\"BackupVaultArn\":\"arn:aws:backup:us-west-2:"
                + ACCOUNT + ":backup-vault:vault-b\",\"Locked\":false}"));
        builder.vaultAccessPolicy(REGION, json("{\"BackupVaultName\":\"vault-a\",\"Policy\":\"{\\\"Statement\\\":[]}\"}"));
        builder.recoveryPoint(REGION, json("{\"RecoveryPointArn\":\"arn:aws:backup:us-west-2:" + ACCOUNT
                + ":recovery-point:rp-1\",\"BackupVaultName\":\"vault-a\",\"ResourceArn\":\"arn:aws:ec2:us-west-2:" + ACCOUNT
                + ":volume/vol-1\",\"ResourceType\":\"EBS\",\"Status\":\"PARTIAL\",\"StatusMessage\":\"2 of 3 files\","
                + "\"CreationDate\":\"2026-11-21T01:00:00Z\",\"CompletionDate\":\"2026-11-21T01:30:00Z\","
                + "\"Lifecycle\":{\"DeleteAfterDays\":35},\"CalculatedLifecycle\":{\"DeleteAt\":\"2026-12-26T01:00:00Z\"},"
                + "\"IsEncrypted\":true,\"EncryptionKeyArn\":\"arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1\"}"));
        builder.backupPlan(REGION, json("{\"BackupPlanId\":\"plan-1\",\"BackupPlanArn\":\"arn:aws:backup:us-west-2:"
                + ACCOUNT + ":backup-plan:plan-1\",\"VersionId\":\"v1\",\"BackupPlan\":{\"BackupPlanName\":"
                + "\"arrakis-backup-plan-staging\",\"Rules\":[{\"RuleName\":\"daily\",\"TargetBackupVaultName\":\"vault-a\","
                + "\"ScheduleExpression\":\"cron(0 2 * * ? *)\",\"Lifecycle\":{\"MoveToColdStorageAfterDays\":7,"
                + "\"DeleteAfterDays\":120},\"CopyActions\":[{\"DestinationBackupVaultArn\":\"arn:aws:backup:us-east-1:"
                + ACCOUNT + ":backup-vault:replica\",\"Lifecycle\":{\"DeleteAfterDays\":35}}]}]}}"));
        builder.backupSelection(REGION, json("{\"BackupPlanId\":\"plan-1\",\"SelectionId\":\"sel-1\",\"BackupSelection\":{"
                + "\"SelectionName\":\"staging\",\"IamRoleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/backup\","
                + "\"Resources\":[\"*\"],\"Conditions\":{\"StringEquals\":[{\"ConditionKey\":\"aws:ResourceTag/Environment\","
                + "\"ConditionValue\":\"staging\"}],\"StringNotEquals\":[{\"ConditionKey\":\"aws:ResourceTag/VolumeType\","
                + "\"ConditionValue\":\"temporary\"}]}}}"));
        standIn = BackupStandIn.start(StandInOptions.empty(), builder.build());
        BackupClient client = StandInClients.factory("AWS_ENDPOINT_URL_BACKUP", standIn.endpoint())
                .build(BackupClient.builder(), "BACKUP");
        inventory = new SdkBackupInventory(client);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void pagesThroughJobsAThousandAtATime() {
        int before = standIn.callCount("ListBackupJobs");

        long jobs = inventory.jobs(JobKind.BACKUP, new JobQuery(Optional.empty(), Optional.empty())).count();

        assertThat(jobs).isEqualTo(2500);
        assertThat(standIn.callCount("ListBackupJobs") - before).isEqualTo(3);
    }

    @Test
    void passesTheCreatedAfterAndAccountFilters() {
        JobQuery query = new JobQuery(Optional.of(Instant.parse("2026-11-21T00:00:00Z")), Optional.of("*"));

        assertThat(inventory.jobs(JobKind.BACKUP, query).count()).isEqualTo(1250);
        assertThat(inventory.jobs(JobKind.BACKUP, new JobQuery(Optional.empty(), Optional.of("210987654321"))).count())
                .isZero();
    }

    @Test
    void stopsFetchingPagesWhenTheReaderStops() {
        int before = standIn.callCount("ListBackupJobs");

        assertThat(inventory.jobs(JobKind.BACKUP, new JobQuery(Optional.empty(), Optional.empty())).limit(10).count())
                .isEqualTo(10);
        assertThat(standIn.callCount("ListBackupJobs") - before).isEqualTo(1);
    }

    @Test
    void mapsCopyAndRestoreJobs() {
        assertThat(inventory.jobs(JobKind.COPY, new JobQuery(Optional.empty(), Optional.empty())).toList())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("details")
                .containsExactly(new JobRecord(JobKind.COPY, "copy-1", ACCOUNT, "arn:aws:ec2:us-west-2:" + ACCOUNT
                        + ":volume/vol-1", "EBS", "vault-a", "FAILED", "KMS denied", "",
                        Instant.parse("2026-11-21T02:00:00Z"), Optional.of(Instant.parse("2026-11-21T02:05:00Z")),
                        "arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:replica", ""));
        assertThat(inventory.jobs(JobKind.RESTORE, new JobQuery(Optional.empty(), Optional.empty())).toList())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("details")
                .containsExactly(new JobRecord(JobKind.RESTORE, "restore-1", ACCOUNT, "arn:aws:rds:us-west-2:" + ACCOUNT
                        + ":db:oms", "RDS", "vault-a", "COMPLETED", "", "", Instant.parse("2026-11-17T04:00:00Z"),
                        Optional.of(Instant.parse("2026-11-17T04:49:00Z")), "",
                        "arn:aws:backup:us-west-2:" + ACCOUNT + ":restore-testing-plan:weekly"));
    }

    @Test
    void mapsVaultsWithTheirPolicyAndRecoveryPoints() {
        assertThat(inventory.vaults().toList()).containsExactly(
                new VaultRecord("vault-a", "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:vault-a", "BACKUP_VAULT",
                        "arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1", "CUSTOMER_MANAGED_KMS_KEY", true,
                        OptionalLong.of(30), OptionalLong.of(36500), Optional.of("{\"Statement\":[]}")),
                new VaultRecord("vault-b", "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:vault-b", "BACKUP_VAULT", "", "",
                        false, OptionalLong.empty(), OptionalLong.empty(), Optional.empty()));
        assertThat(inventory.recoveryPoints("vault-a").toList()).containsExactly(new RecoveryPointRecord(
                "arn:aws:backup:us-west-2:" + ACCOUNT + ":recovery-point:rp-1", "vault-a", "arn:aws:ec2:us-west-2:"
                + ACCOUNT + ":volume/vol-1", "EBS", "PARTIAL", "2 of 3 files", Instant.parse("2026-11-21T01:00:00Z"),
                Optional.of(Instant.parse("2026-11-21T01:30:00Z")), true, "arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1",
                "", OptionalLong.of(35), Optional.of(Instant.parse("2026-12-26T01:00:00Z"))));
    }

    @Test
    void readsPlansWithRulesCopiesAndSelections() {
        assertThat(inventory.plans().toList()).containsExactly(new PlanRecord("plan-1", "arrakis-backup-plan-staging",
                "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-plan:plan-1",
                List.of(new RuleRecord("daily", "vault-a", "cron(0 2 * * ? *)", "", OptionalLong.of(120),
                        OptionalLong.of(7), false, List.of(new CopyActionRecord("arn:aws:backup:us-east-1:" + ACCOUNT
                        + ":backup-vault:replica", OptionalLong.of(35), OptionalLong.empty())))),
                List.of(new SelectionRecord("plan-1", "staging", List.of("*"), List.of(), List.of(),
                        List.of(new TagCondition("Environment", "staging")),
                        List.of(new TagCondition("VolumeType", "temporary")), List.of(), List.of()))));
    }

    @Test
    void namesTheOperationAndAwsErrorWhenAccessIsDenied() {
        standIn.failNext("ListCopyJobs", 403, "AccessDeniedException", "User is not authorized to perform"
                + " backup:ListCopyJobs", 1);

        assertThatThrownBy(() -> inventory.jobs(JobKind.COPY, new JobQuery(Optional.empty(), Optional.empty())).toList())
                .isInstanceOf(InventoryException.class)
                .hasMessage("ListCopyJobs failed with AccessDeniedException (HTTP 403): User is not authorized to"
                        + " perform backup:ListCopyJobs");
    }

    @Test
    void letsTheSdkRetryThrottling() {
        int before = standIn.callCount("ListRestoreJobs");
        standIn.failNext("ListRestoreJobs", 400, "ThrottlingException", "Rate exceeded", 2);

        assertThat(inventory.jobs(JobKind.RESTORE, new JobQuery(Optional.empty(), Optional.empty())).count()).isOne();
        assertThat(standIn.callCount("ListRestoreJobs") - before).isEqualTo(3);
    }
}
