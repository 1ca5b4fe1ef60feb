package com.backupsentinel.ondemand.aws;

import static com.backupsentinel.ondemand.aws.TestInventory.BACKUP_ROLE;
import static com.backupsentinel.ondemand.aws.TestInventory.EC2_POINT;
import static com.backupsentinel.ondemand.aws.TestInventory.ORDERS;
import static com.backupsentinel.ondemand.aws.TestInventory.PLAN_ID;
import static com.backupsentinel.ondemand.aws.TestInventory.RDS_POINT;
import static com.backupsentinel.ondemand.aws.TestInventory.RESTORE_ROLE;
import static com.backupsentinel.ondemand.aws.TestInventory.VAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.ondemand.service.AwsCallException;
import com.backupsentinel.ondemand.service.BackupConfiguration;
import com.backupsentinel.ondemand.service.BackupJobSpec;
import com.backupsentinel.ondemand.service.BackupSelectionRules;
import com.backupsentinel.ondemand.service.JobProgress;
import com.backupsentinel.ondemand.service.RecoveryPoint;
import com.backupsentinel.ondemand.service.RestoreJobSpec;
import com.backupsentinel.ondemand.service.StartedBackup;
import com.backupsentinel.ondemand.service.TagCondition;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.RecordedCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;

/** The AWS Backup adapter through the real SDK over HTTP against the AWS Backup stand-in. */
class AwsBackupGatewayTest {

    private static BackupStandIn standIn;
    private static AwsBackupGateway gateway;

    @BeforeAll
    static void start() {
        standIn = BackupStandIn.start(TestInventory.options());
        gateway = new AwsBackupGateway(TestInventory.clients("BACKUP", standIn.endpoint())
                .build(BackupClient.builder(), "BACKUP"));
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    private static BackupJobSpec spec(String resourceArn, String token) {
        return new BackupJobSpec(VAULT, resourceArn, BACKUP_ROLE, token, 30,
                Map.of("backup-sentinel:request", "2026-11-21t09-30-00"));
    }

    private static JsonNode lastCall(String operation) throws IOException {
        List<RecordedCall> calls = standIn.startStopCalls().stream().filter(c -> c.operation().equals(operation)).toList();
        return Json.mapper().readTree(calls.get(calls.size() - 1).requestJson());
    }

    @Test
    void startsABackupJobWithVaultRoleLifecycleTokenAndTags() throws IOException {
        StartedBackup started = gateway.startBackupJob(spec(ORDERS, "token-start"));

        assertThat(started.backupJobId()).isNotBlank();
        assertThat(started.recoveryPointArn()).startsWith("arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-");
        JsonNode sent = lastCall("StartBackupJob");
        assertThat(sent.path("BackupVaultName").asText()).isEqualTo(VAULT);
        assertThat(sent.path("ResourceArn").asText()).isEqualTo(ORDERS);
        assertThat(sent.path("IamRoleArn").asText()).isEqualTo(BACKUP_ROLE);
        assertThat(sent.path("IdempotencyToken").asText()).isEqualTo("token-start");
        assertThat(sent.path("Lifecycle").path("DeleteAfterDays").asInt()).isEqualTo(30);
        assertThat(sent.path("RecoveryPointTags").path("backup-sentinel:request").asText())
                .isEqualTo("2026-11-21t09-30-00");
    }

    @Test
    void theSameIdempotencyTokenStartsNothingNew() {
        StartedBackup first = gateway.startBackupJob(spec(ORDERS, "token-repeat"));
        int calls = standIn.startStopCalls().size();

        StartedBackup repeat = gateway.startBackupJob(spec(ORDERS, "token-repeat"));

        assertThat(repeat.backupJobId()).isEqualTo(first.backupJobId());
        assertThat(standIn.startStopCalls()).hasSize(calls);
    }

    @Test
    void aThrottledStartBackupJobIsRetriedBySdk() {
        int before = standIn.callCount("StartBackupJob");
        standIn.failNext("StartBackupJob", 400, "ThrottlingException", "Rate exceeded", 1);

        StartedBackup started = gateway.startBackupJob(spec(ORDERS, "token-throttled-once"));

        assertThat(started.backupJobId()).isNotBlank();
        assertThat(standIn.callCount("StartBackupJob") - before).isEqualTo(2);
    }

    @Test
    void aStartBackupJobStillThrottledAfterTheRetriesFailsAsThrottled() {
        int before = standIn.callCount("StartBackupJob");
        standIn.failNext("StartBackupJob", 400, "ThrottlingException", "Rate exceeded", 3);

        assertThatThrownBy(() -> gateway.startBackupJob(spec(ORDERS, "token-throttled")))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ThrottlingException");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.operation()).isEqualTo("StartBackupJob");
                    assertThat(e.getMessage()).isEqualTo("Rate exceeded");
                });
        assertThat(standIn.callCount("StartBackupJob") - before).isEqualTo(3);
    }

    @Test
    void anAccessDeniedStartBackupJobFailsAtOnce() {
        int before = standIn.callCount("StartBackupJob");
        standIn.failNext("StartBackupJob", 403, "AccessDeniedException",
                "User is not authorized to perform: iam:PassRole", 1);

        assertThatThrownBy(() -> gateway.startBackupJob(spec(ORDERS, "token-denied")))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.throttled()).isFalse();
                });
        assertThat(standIn.callCount("StartBackupJob") - before).isEqualTo(1);
    }

    @Test
    void anUnknownVaultIsNotFound() {
        assertThatThrownBy(() -> gateway.startBackupJob(new BackupJobSpec("no-such-vault", ORDERS, BACKUP_ROLE, "t",
                30, Map.of()))).isInstanceOfSatisfying(AwsCallException.class,
                e -> assertThat(e.notFound()).isTrue());
    }

    @Test
    void describesABackupJobAsItProgresses() {
        StartedBackup started = gateway.startBackupJob(spec(ORDERS, "token-describe"));
        assertThat(gateway.describeBackupJob(started.backupJobId()).state()).isEqualTo("CREATED");

        standIn.setJobState(started.backupJobId(), "RUNNING", "Creating the snapshot");
        JobProgress running = gateway.describeBackupJob(started.backupJobId());

        assertThat(running.state()).isEqualTo("RUNNING");
        assertThat(running.statusMessage()).isEqualTo("Creating the snapshot");
        assertThat(running.recoveryPointArn()).isEqualTo(started.recoveryPointArn());
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThatThrownBy(() -> gateway.describeBackupJob("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(e.notFound()).isTrue());
    }

    @Test
    void describesRecoveryPointsOfTheVaultOnly() {
        assertThat(gateway.describeRecoveryPoint(VAULT, RDS_POINT))
                .contains(new RecoveryPoint(RDS_POINT, ORDERS, "RDS", "COMPLETED"));
        assertThat(gateway.describeRecoveryPoint(VAULT, EC2_POINT)).map(RecoveryPoint::resourceType).contains("EC2");
        assertThat(gateway.describeRecoveryPoint(VAULT, "arn:aws:backup:us-west-2:123456789012:recovery-point:none"))
                .isEmpty();
    }

    @Test
    void readsRestoreMetadataAndStartsARestoreThroughTheGivenRole() throws IOException {
        Map<String, String> metadata = gateway.restoreMetadata(VAULT, RDS_POINT);
        assertThat(metadata).containsEntry("DBInstanceIdentifier", "orders");

        String jobId = gateway.startRestoreJob(new RestoreJobSpec(RDS_POINT, "RDS",
                Map.of("DBInstanceIdentifier", "orders-restored"), RESTORE_ROLE, "restore-token"));

        JsonNode sent = lastCall("StartRestoreJob");
        assertThat(sent.path("IamRoleArn").asText()).isEqualTo(RESTORE_ROLE);
        assertThat(sent.path("ResourceType").asText()).isEqualTo("RDS");
        assertThat(sent.path("IdempotencyToken").asText()).isEqualTo("restore-token");
        assertThat(sent.path("Metadata").path("DBInstanceIdentifier").asText()).isEqualTo("orders-restored");
        JobProgress job = gateway.describeRestoreJob(jobId);
        assertThat(job.state()).isEqualTo("PENDING");
        standIn.setJobState(jobId, "COMPLETED", null);
        assertThat(gateway.describeRestoreJob(jobId).percentDone()).isEqualTo("100.00%");
    }

    @Test
    void readsThePlansSelectionsAsRules() {
        List<BackupSelectionRules> rules = gateway.backupSelections(PLAN_ID);

        assertThat(rules).extracting(BackupSelectionRules::selectionName).containsExactly("databases", "tagged-volumes");
        assertThat(rules.get(0).resources()).containsExactly(ORDERS, "arn:aws:dynamodb:us-west-2:123456789012:table/sessions");
        assertThat(rules.get(0).needsTaggedResources()).isFalse();
        assertThat(rules.get(1).conditions()).containsExactly(
                new TagCondition(TagCondition.Operator.EQUALS, "Environment", "production"),
                new TagCondition(TagCondition.Operator.NOT_EQUALS, "VolumeType", "temporary"));
    }

    @Test
    void readsTheBackupConfigurationInTheApisOwnShape() {
        BackupConfiguration configuration = gateway.configuration(VAULT, Optional.of(PLAN_ID));

        assertThat(configuration.backupVault().path("BackupVaultName").asText()).isEqualTo(VAULT);
        assertThat(configuration.backupVault().path("Locked").asBoolean()).isTrue();
        assertThat(configuration.backupVault().path("MinRetentionDays").asLong()).isEqualTo(7);
        assertThat(configuration.backupVault().path("LockDate").asText()).isEqualTo("2026-01-08T10:00:00Z");
        assertThat(configuration.accessPolicy().orElseThrow().path("Policy").asText()).contains("DenyDeleteRecoveryPoints");
        assertThat(configuration.notifications()).isEmpty();
        JsonNode plan = configuration.backupPlan().orElseThrow();
        assertThat(plan.path("BackupPlan").path("Rules").get(0).path("RuleName").asText()).isEqualTo("daily-backups");
        assertThat(configuration.selections()).extracting(s -> s.path("BackupSelection").path("SelectionName").asText())
                .containsExactly("databases", "tagged-volumes");
    }

    @Test
    void readsTheVaultAloneWhenNoPlanIsConfigured() {
        BackupConfiguration configuration = gateway.configuration(VAULT, Optional.empty());

        assertThat(configuration.backupPlan()).isEmpty();
        assertThat(configuration.selections()).isEmpty();
    }
}
