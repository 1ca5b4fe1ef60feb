package com.backupsentinel.validator.aws;

import static com.backupsentinel.validator.aws.StandInClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PointDetails;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import com.backupsentinel.validator.inventory.RuleWindows;
import com.backupsentinel.validator.inventory.ScanJobRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;

/**
 * What issue 13's checks read, through the real SDK over HTTP against the Backup stand-in: scan jobs, restore testing
 * plans and their selections, rule windows and scan actions, job plan and rule ids, restore jobs without
 * SourceResourceArn, points' scan results, DescribeRecoveryPoint and an air-gapped vault's approval team.
 */
class SdkBackupInventoryPostureTest {

    private static final String REGION = "us-west-2";
    private static final String ACCOUNT = "123456789012";
    private static final String VAULT_ARN = "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:";
    private static final String POINT = "arn:aws:ec2:us-west-2::snapshot/snap-0a1b2c3d4e5f60718";
    private static final String VOLUME = "arn:aws:ec2:us-west-2:" + ACCOUNT + ":volume/vol-0123456789abcdef0";
    private static final String TEAM = "arn:aws:mpa:us-west-2:" + ACCOUNT + ":approval-team/backup-recovery";
    private static BackupStandIn standIn;
    private static SdkBackupInventory inventory;

    @BeforeAll
    static void start() {
        InventoryBuilder builder = Inventory.builder(ACCOUNT, REGION);
        builder.backupVault(REGION, json("{\"BackupVaultName\":\"prod\",\"BackupVaultArn\":\"" + VAULT_ARN + "prod\","
                + "\"VaultType\":\"BACKUP_VAULT\",\"Locked\":false}"));
        builder.backupVault(REGION, json("{\"BackupVaultName\":\"airgapped\",\"BackupVaultArn\":\"" + VAULT_ARN
                + "airgapped\",\"VaultType\":\"LOGICALLY_AIR_GAPPED_BACKUP_VAULT\",\"VaultState\":\"AVAILABLE\","
                + "\"Locked\":true,\"MinRetentionDays\":90,\"MaxRetentionDays\":2555,"
                + "\"LockDate\":\"2026-10-03T11:02:17Z\",\"EncryptionKeyType\":\"AWS_OWNED_KMS_KEY\","
                + "\"MpaApprovalTeamArn\":\"" + TEAM + "\"}"));
        builder.backupPlan(REGION, json("{\"BackupPlanId\":\"plan-1\",\"BackupPlanArn\":\"arn:aws:backup:us-west-2:"
                + ACCOUNT + ":backup-plan:plan-1\",\"VersionId\":\"v1\",\"BackupPlan\":{\"BackupPlanName\":"
                + "\"arrakis-backup-plan-production\",\"Rules\":[{\"RuleName\":\"daily-backups\",\"RuleId\":\"rule-1\","
                + "\"TargetBackupVaultName\":\"prod\",\"ScheduleExpression\":\"cron(0 1 * * ? *)\","
                + "\"StartWindowMinutes\":60,\"CompletionWindowMinutes\":480,\"Lifecycle\":{\"DeleteAfterDays\":90},"
                + "\"ScanActions\":[{\"MalwareScanner\":\"GUARDDUTY\",\"ScanMode\":\"INCREMENTAL_SCAN\"}]},"
                + "{\"RuleName\":\"weekly-backups\",\"RuleId\":\"rule-2\",\"TargetBackupVaultName\":\"prod\","
                + "\"ScheduleExpression\":\"cron(0 1 ? * SUN *)\"}]}}"));
        builder.backupJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"BackupJobId\":\"job-1\","
                + "\"BackupVaultName\":\"prod\",\"ResourceArn\":\"" + VOLUME + "\",\"ResourceType\":\"EBS\","
                + "\"State\":\"RUNNING\",\"PercentDone\":\"35.0\",\"CreationDate\":\"2026-11-21T10:00:04Z\","
                + "\"RecoveryPointArn\":\"" + POINT + "\",\"CreatedBy\":{\"BackupPlanId\":\"plan-1\","
                + "\"BackupPlanArn\":\"arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-plan:plan-1\","
                + "\"BackupPlanVersion\":\"v1\",\"BackupRuleId\":\"rule-1\"}}"));
        builder.restoreJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"RestoreJobId\":\"restore-1\","
                + "\"RecoveryPointArn\":\"" + POINT + "\",\"BackupVaultArn\":\"" + VAULT_ARN + "prod\","
                + "\"CreatedResourceArn\":\"arn:aws:ec2:us-west-2:" + ACCOUNT + ":volume/vol-0fedcba987654321f\","
                + "\"Status\":\"COMPLETED\",\"ResourceType\":\"EBS\",\"ValidationStatus\":\"FAILED\","
                + "\"ValidationStatusMessage\":\"checksum mismatch\",\"CreatedBy\":{\"RestoreTestingPlanArn\":"
                + "\"arn:aws:backup:us-west-2:" + ACCOUNT + ":restore-testing-plan:weekly-k3v9qd\"},"
                + "\"CreationDate\":\"2026-11-17T04:00:00Z\",\"CompletionDate\":\"2026-11-17T04:06:00Z\"}"));
        builder.recoveryPoint(REGION, json("{\"RecoveryPointArn\":\"" + POINT + "\",\"BackupVaultName\":\"prod\","
                + "\"ResourceArn\":\"" + VOLUME + "\",\"ResourceType\":\"EBS\",\"Status\":\"COMPLETED\","
                + "\"CreationDate\":\"2026-11-16T01:00:00Z\",\"CompletionDate\":\"2026-11-16T01:20:00Z\","
                + "\"BackupSizeInBytes\":53687091200,\"IsEncrypted\":true,\"CreatedBy\":{\"BackupPlanId\":\"plan-1\","
                + "\"BackupRuleId\":\"rule-1\"},\"AggregatedScanResult\":{\"FailedScan\":false,\"Findings\":"
                + "[\"MALWARE\"],\"LastComputed\":\"2026-11-16T01:45:00Z\"}}"));
        builder.scanJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"ScanJobId\":\"scan-1\","
                + "\"BackupVaultArn\":\"" + VAULT_ARN + "prod\",\"BackupVaultName\":\"prod\",\"RecoveryPointArn\":\""
                + POINT + "\",\"ResourceArn\":\"" + VOLUME + "\",\"ResourceName\":\"kafka-1\",\"ResourceType\":\"EBS\","
                + "\"MalwareScanner\":\"GUARDDUTY\",\"ScanMode\":\"INCREMENTAL_SCAN\",\"State\":\"COMPLETED\","
                + "\"ScanResult\":{\"ScanResultStatus\":\"THREATS_FOUND\"},\"IamRoleArn\":\"arn:aws:iam::" + ACCOUNT
                + ":role/scanner\",\"CreatedBy\":{\"BackupPlanId\":\"plan-1\",\"BackupPlanArn\":\"arn:aws:backup:"
                + "us-west-2:" + ACCOUNT + ":backup-plan:plan-1\",\"BackupPlanVersion\":\"v1\",\"BackupRuleId\":"
                + "\"rule-1\"},\"CreationDate\":\"2026-11-16T01:25:00Z\",\"CompletionDate\":\"2026-11-16T01:44:00Z\"}"));
        builder.scanJob(REGION, json("{\"AccountId\":\"" + ACCOUNT + "\",\"ScanJobId\":\"scan-0\","
                + "\"BackupVaultName\":\"prod\",\"RecoveryPointArn\":\"" + POINT + "\",\"ResourceArn\":\"" + VOLUME
                + "\",\"ResourceType\":\"EBS\",\"MalwareScanner\":\"GUARDDUTY\",\"State\":\"FAILED\","
                + "\"StatusMessage\":\"access denied\",\"CreationDate\":\"2026-11-01T01:25:00Z\","
                + "\"CompletionDate\":\"2026-11-01T01:30:00Z\"}"));
        builder.restoreTestingPlan(REGION, json("{\"RestoreTestingPlanName\":\"weekly\",\"RestoreTestingPlanArn\":"
                + "\"arn:aws:backup:us-west-2:" + ACCOUNT + ":restore-testing-plan:weekly-k3v9qd\",\"ScheduleExpression\":"
                + "\"cron(0 4 ? * TUE *)\",\"LastExecutionTime\":\"2026-11-17T04:00:00Z\",\"CreationTime\":"
                + "\"2026-10-20T09:00:00Z\",\"StartWindowHours\":2}"));
        builder.restoreTestingSelection(REGION, json("{\"RestoreTestingPlanName\":\"weekly\","
                + "\"RestoreTestingSelectionName\":\"ebs\",\"ProtectedResourceType\":\"EBS\",\"IamRoleArn\":"
                + "\"arn:aws:iam::" + ACCOUNT + ":role/restore\",\"CreationTime\":\"2026-10-20T09:05:00Z\"}"));
        builder.restoreTestingPlan(REGION, json("{\"RestoreTestingPlanName\":\"monthly\",\"RestoreTestingPlanArn\":"
                + "\"arn:aws:backup:us-west-2:" + ACCOUNT + ":restore-testing-plan:monthly-p2x7wm\",\"ScheduleExpression\":"
                + "\"cron(0 5 1 * ? *)\",\"CreationTime\":\"2026-11-02T14:31:08Z\"}"));
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
    void readsRuleWindowsScanActionsAndJobsPlanAndRuleIds() {
        assertThat(inventory.plans().toList()).singleElement().satisfies(plan -> {
            assertThat(plan.rules().get(0).windows()).isEqualTo(new RuleWindows("rule-1", 60, 480));
            assertThat(plan.rules().get(0).scanActions()).containsExactly("GUARDDUTY");
            assertThat(plan.rules().get(1).windows()).as("AWS's defaults when a rule sets no window")
                    .isEqualTo(RuleWindows.defaults("rule-2"));
            assertThat(plan.rules().get(1).scanActions()).isEmpty();
        });
        assertThat(inventory.jobs(JobKind.BACKUP, new JobQuery(Optional.empty(), Optional.empty())).toList())
                .singleElement().extracting(JobRecord::details)
                .isEqualTo(new JobDetails("plan-1", "rule-1", POINT, "", "", ""));
    }

    @Test
    void aRestoreJobWithoutSourceResourceArnKeepsItsRecoveryPointAndRestoredCopyApart() {
        assertThat(inventory.jobs(JobKind.RESTORE, new JobQuery(Optional.empty(), Optional.empty())).toList())
                .singleElement().satisfies(job -> {
                    assertThat(job.resourceArn()).isEmpty();
                    assertThat(job.details()).isEqualTo(new JobDetails("", "", POINT, "arn:aws:ec2:us-west-2:"
                            + ACCOUNT + ":volume/vol-0fedcba987654321f", "FAILED", "checksum mismatch", ""));
                    assertThat(job.testingPlan()).endsWith(":restore-testing-plan:weekly-k3v9qd");
                });
        assertThat(inventory.recoveryPoint("prod", POINT)).get().satisfies(point -> {
            assertThat(point.resourceArn()).isEqualTo(VOLUME);
            assertThat(point.resourceType()).isEqualTo("EBS");
        });
        assertThat(inventory.recoveryPoint("prod", "arn:aws:ec2:us-west-2::snapshot/snap-0ffffffffffffffff"))
                .isEmpty();
    }

    @Test
    void readsScanJobsCompletedAfterADateAndThePointsScanResults() {
        assertThat(inventory.scanJobs(Instant.parse("2026-11-08T00:00:00Z")).toList()).containsExactly(
                new ScanJobRecord("scan-1", ACCOUNT, "prod", POINT, VOLUME, "EBS", "COMPLETED", "THREATS_FOUND", "",
                        "GUARDDUTY", "INCREMENTAL_SCAN", Instant.parse("2026-11-16T01:25:00Z"),
                        Optional.of(Instant.parse("2026-11-16T01:44:00Z")), "plan-1", "rule-1"));
        assertThat(inventory.recoveryPoints("prod").toList()).singleElement().extracting(p -> p.details())
                .isEqualTo(new PointDetails("plan-1", "rule-1", 53687091200L,
                        Optional.of(Instant.parse("2026-11-16T01:45:00Z")), false, List.of("MALWARE")));
    }

    @Test
    void readsRestoreTestingPlansWithTheirSelectionsTypes() {
        assertThat(inventory.restoreTestingPlans().toList()).containsExactly(
                new RestoreTestingPlanRecord("weekly", "arn:aws:backup:us-west-2:" + ACCOUNT
                        + ":restore-testing-plan:weekly-k3v9qd", "cron(0 4 ? * TUE *)",
                        Optional.of(Instant.parse("2026-11-17T04:00:00Z")), List.of("EBS")),
                new RestoreTestingPlanRecord("monthly", "arn:aws:backup:us-west-2:" + ACCOUNT
                        + ":restore-testing-plan:monthly-p2x7wm", "cron(0 5 1 * ? *)", Optional.empty(), List.of()));
    }

    @Test
    void readsTheLockModeAndAskDescribeBackupVaultOnlyForTheAirGappedVaultsApprovalTeam() {
        int before = standIn.callCount("DescribeBackupVault");

        List<VaultRecord> vaults = inventory.vaults().toList();

        assertThat(vaults).extracting(VaultRecord::name, VaultRecord::logicallyAirGapped, VaultRecord::lockDate,
                VaultRecord::mpaApprovalTeamArn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("prod", false, Optional.empty(), Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("airgapped", true,
                        Optional.of(Instant.parse("2026-10-03T11:02:17Z")), Optional.of(TEAM)));
        assertThat(standIn.callCount("DescribeBackupVault") - before).isEqualTo(1);
    }
}
