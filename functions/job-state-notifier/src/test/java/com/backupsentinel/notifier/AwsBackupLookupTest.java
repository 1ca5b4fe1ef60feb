package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.inventory.Inventory;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;

/** The Describe* adapter through the real AWS SDK, over HTTP, against the AWS Backup stand-in. */
class AwsBackupLookupTest {

    private static final String ACCOUNT = "111122223333";
    private static final String VAULT_ARN = "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:arrakis-production";
    private static final String RDS = "arn:aws:rds:us-west-2:" + ACCOUNT + ":db:arrakis-oms-production";
    private static final String RECOVERY_POINT = "arn:aws:backup:us-west-2:" + ACCOUNT
            + ":recovery-point:8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b";

    private static BackupStandIn standIn;
    private static BackupClient client;
    private static AwsBackupLookup lookup;

    @BeforeAll
    static void start() throws IOException {
        Inventory inventory = Inventory.builder(ACCOUNT, StandInClients.REGION)
                .backupVault(StandInClients.REGION, json("{\"BackupVaultName\":\"arrakis-production\","
                        + "\"BackupVaultArn\":\"" + VAULT_ARN + "\"}"))
                .backupJob(StandInClients.REGION, json("{\"BackupJobId\":\"job-failed\",\"State\":\"FAILED\","
                        + "\"StatusMessage\":\"DB instance is not in the available state.\","
                        + "\"MessageCategory\":\"INVALID_STATE\",\"ResourceArn\":\"" + RDS + "\",\"ResourceType\":\"RDS\","
                        + "\"ResourceName\":\"arrakis-oms-production\",\"BackupVaultName\":\"arrakis-production\","
                        + "\"BackupVaultArn\":\"" + VAULT_ARN + "\",\"BackupSizeInBytes\":36048,"
                        + "\"CreationDate\":\"2026-11-20T01:00:04.118000+00:00\","
                        + "\"CompletionDate\":\"2026-11-20T01:46:58.402000+00:00\",\"PercentDone\":\"0.0\","
                        + "\"IamRoleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/backup\","
                        + "\"CreatedBy\":{\"BackupPlanId\":\"plan-1\",\"BackupPlanName\":\"arrakis-daily\"}}"))
                .copyJob(StandInClients.REGION, json("{\"CopyJobId\":\"copy-1\",\"State\":\"FAILED\","
                        + "\"StatusMessage\":\"Access denied\",\"MessageCategory\":\"ACCESS_DENIED\","
                        + "\"SourceBackupVaultArn\":\"" + VAULT_ARN + "\",\"ResourceArn\":\"" + RDS + "\","
                        + "\"ResourceType\":\"RDS\",\"BackupSizeInBytes\":22548578304,"
                        + "\"CreationDate\":\"2026-11-20T03:36:13Z\",\"CreatedBy\":{\"BackupPlanId\":\"plan-1\","
                        + "\"BackupPlanName\":\"arrakis-daily\"}}"))
                .restoreJob(StandInClients.REGION, json("{\"RestoreJobId\":\"restore-1\",\"Status\":\"RUNNING\","
                        + "\"SourceResourceArn\":\"" + RDS + "\",\"ResourceType\":\"RDS\","
                        + "\"BackupVaultArn\":\"" + VAULT_ARN + "\",\"CreationDate\":\"2026-11-20T05:10:00Z\","
                        + "\"ExpectedCompletionTimeMinutes\":15,\"PercentDone\":\"40.0\"}"))
                .recoveryPoint(StandInClients.REGION, json("{\"RecoveryPointArn\":\"" + RECOVERY_POINT + "\","
                        + "\"BackupVaultName\":\"arrakis-production\",\"BackupVaultArn\":\"" + VAULT_ARN + "\","
                        + "\"ResourceArn\":\"" + RDS + "\",\"ResourceType\":\"RDS\","
                        + "\"ResourceName\":\"arrakis-oms-production\",\"Status\":\"EXPIRED\","
                        + "\"StatusMessage\":\"Could not delete\",\"BackupSizeInBytes\":1024,"
                        + "\"CreationDate\":\"2026-08-22T01:00:31Z\",\"CreatedBy\":{\"BackupPlanId\":\"plan-1\","
                        + "\"BackupPlanName\":\"arrakis-daily\"}}"))
                .build();
        standIn = BackupStandIn.start(StandInOptions.empty(), inventory);
        client = StandInClients.backup(standIn.endpoint());
        lookup = new AwsBackupLookup(client);
    }

    @AfterAll
    static void stop() {
        client.close();
        standIn.close();
    }

    @Test
    void describesABackupJob() {
        JobDescription job = lookup.describeBackupJob("job-failed");

        assertThat(job).isEqualTo(new JobDescription(Optional.of("DB instance is not in the available state."),
                Optional.of("INVALID_STATE"), Optional.of(RDS), Optional.of("RDS"), Optional.of("arrakis-oms-production"),
                Optional.of("arrakis-production"), Optional.of(VAULT_ARN), Optional.of(36_048L),
                Optional.of(Instant.parse("2026-11-20T01:00:04.118Z")),
                Optional.of(Instant.parse("2026-11-20T01:46:58.402Z")), Optional.empty(), Optional.of(0),
                Optional.of("arn:aws:iam::" + ACCOUNT + ":role/backup"), Optional.of("plan-1"),
                Optional.of("arrakis-daily")));
    }

    @Test
    void describesACopyJobNamingItsSourceVault() {
        JobDescription copy = lookup.describeCopyJob("copy-1");

        assertThat(copy.messageCategory()).contains("ACCESS_DENIED");
        assertThat(copy.backupVaultName()).contains("arrakis-production");
        assertThat(copy.backupSizeInBytes()).contains(22_548_578_304L);
        assertThat(copy.backupPlanName()).contains("arrakis-daily");
    }

    @Test
    void describesARestoreJobWithItsExpectedCompletion() {
        JobDescription restore = lookup.describeRestoreJob("restore-1");

        assertThat(restore.resourceArn()).contains(RDS);
        assertThat(restore.expectedCompletionDate()).contains(Instant.parse("2026-11-20T05:25:00Z"));
        assertThat(restore.percentDone()).contains(40);
        assertThat(restore.backupVaultName()).contains("arrakis-production");
    }

    @Test
    void describesARecoveryPoint() {
        JobDescription point = lookup.describeRecoveryPoint("arrakis-production", RECOVERY_POINT);

        assertThat(point.statusMessage()).contains("Could not delete");
        assertThat(point.resourceName()).contains("arrakis-oms-production");
        assertThat(point.backupPlanName()).contains("arrakis-daily");
    }

    @Test
    void reportsAJobAwsBackupDoesNotKnow() {
        assertThatThrownBy(() -> lookup.describeBackupJob("no-such-job"))
                .isInstanceOf(LookupFailedException.class)
                .hasMessageStartingWith("DescribeBackupJob failed: ResourceNotFoundException: ")
                .hasMessageContaining("no-such-job");
    }

    @Test
    void reportsAccessDeniedWithoutRetrying() {
        standIn.failNext("DescribeBackupJob", 403, "AccessDeniedException",
                "User: arn:aws:sts::111122223333:assumed-role/notifier is not authorized to perform: "
                        + "backup:DescribeBackupJob", 1);
        int before = standIn.callCount("DescribeBackupJob");

        assertThatThrownBy(() -> lookup.describeBackupJob("job-failed"))
                .isInstanceOf(LookupFailedException.class)
                .hasMessage("DescribeBackupJob failed: AccessDeniedException: User: arn:aws:sts::111122223333:"
                        + "assumed-role/notifier is not authorized to perform: backup:DescribeBackupJob (HTTP 403)");
        assertThat(standIn.callCount("DescribeBackupJob") - before).isEqualTo(1);
    }

    @Test
    void reportsThrottlingOnceTheSdkHasRetriedThreeTimes() {
        standIn.failNext("DescribeCopyJob", 400, "ThrottlingException", "Rate exceeded", 3);
        int before = standIn.callCount("DescribeCopyJob");

        assertThatThrownBy(() -> lookup.describeCopyJob("copy-1"))
                .isInstanceOf(LookupFailedException.class)
                .hasMessage("DescribeCopyJob failed: ThrottlingException: Rate exceeded (HTTP 400)");
        assertThat(standIn.callCount("DescribeCopyJob") - before).isEqualTo(3);
    }

    @Test
    void succeedsWhenAThrottledCallSucceedsOnRetry() {
        standIn.failNext("DescribeRestoreJob", 400, "ThrottlingException", "Rate exceeded", 1);

        assertThat(lookup.describeRestoreJob("restore-1").resourceType()).contains("RDS");
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }
}
