package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupException;
import software.amazon.awssdk.services.backup.model.BackupJobState;
import software.amazon.awssdk.services.backup.model.DescribeBackupJobResponse;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.InvalidRequestException;
import software.amazon.awssdk.services.backup.model.MissingParameterValueException;
import software.amazon.awssdk.services.backup.model.RecoveryPointByResource;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;
import software.amazon.awssdk.services.backup.model.RestoreJobStatus;
import software.amazon.awssdk.services.backup.model.StartBackupJobResponse;

/** StartBackupJob, StopBackupJob, StartRestoreJob, job state changes and fault injection through the real SDK. */
class BackupJobControlTest {

    private static final Instant NOW = Instant.parse("2026-11-22T07:30:00Z");
    private static final String VAULT = "arrakis-backup-vault-production";
    private static final String OMS = "arn:aws:rds:us-west-2:123456789012:db:arrakis-oms-production";
    private static final String ROLE = "arn:aws:iam::123456789012:role/arrakis-backup-role-production";

    private static BackupStandIn backup;
    private static BackupClient client;
    private int callsBefore;

    @BeforeAll
    static void start() {
        backup = BackupStandIn.start(StandInOptions.demo().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        client = Clients.of(BackupClient.builder(), backup.endpoint(), "us-west-2");
    }

    @AfterAll
    static void stop() {
        client.close();
        backup.close();
    }

    @BeforeEach
    void rememberRecordedCalls() {
        callsBefore = backup.startStopCalls().size();
    }

    /** The Start/Stop calls recorded since this test began (the stand-in is shared by the tests of this class). */
    private List<RecordedCall> newCalls() {
        List<RecordedCall> all = backup.startStopCalls();
        return all.subList(callsBefore, all.size());
    }

    @Test
    void startsABackupJobThatDescribeListAndTheRecordShow() {
        StartBackupJobResponse started = startOms("token-1");

        DescribeBackupJobResponse job = client.describeBackupJob(request -> request.backupJobId(started.backupJobId()));
        assertThat(job.state()).isEqualTo(BackupJobState.CREATED);
        assertThat(job.creationDate()).isEqualTo(NOW);
        assertThat(job.resourceType()).isEqualTo("RDS");
        assertThat(job.recoveryPointArn()).isEqualTo(started.recoveryPointArn())
                .startsWith("arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-");
        assertThat(client.listBackupJobs(request -> request.byState(BackupJobState.CREATED)).backupJobs())
                .anySatisfy(listed -> assertThat(listed.backupJobId()).isEqualTo(started.backupJobId()));
        assertThat(newCalls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("StartBackupJob");
            assertThat(call.requestJson()).contains("\"BackupVaultName\":\"" + VAULT + "\"", "\"IdempotencyToken\":\"token-1\"");
        });
    }

    @Test
    void answersTheSameJobForARepeatedIdempotencyToken() {
        String first = startOms("token-2").backupJobId();
        String second = startOms("token-2").backupJobId();
        assertThat(second).isEqualTo(first);
        assertThat(newCalls()).hasSize(1);
    }

    @Test
    void completingAStartedJobLeavesARecoveryPointInTheVault() {
        StartBackupJobResponse started = startOms("token-3");

        backup.setJobState(started.backupJobId(), "RUNNING", null);
        assertThat(client.describeBackupJob(request -> request.backupJobId(started.backupJobId())).state())
                .isEqualTo(BackupJobState.RUNNING);
        backup.setJobState(started.backupJobId(), "COMPLETED", null);

        DescribeBackupJobResponse job = client.describeBackupJob(request -> request.backupJobId(started.backupJobId()));
        assertThat(job.state()).isEqualTo(BackupJobState.COMPLETED);
        assertThat(job.completionDate()).isEqualTo(NOW);
        assertThat(job.messageCategory()).isEqualTo("SUCCESS");
        assertThat(client.describeRecoveryPoint(request -> request.backupVaultName(VAULT)
                .recoveryPointArn(started.recoveryPointArn())).statusAsString()).isEqualTo("COMPLETED");
        assertThat(client.listRecoveryPointsByResource(request -> request.resourceArn(OMS)).recoveryPoints())
                .extracting(RecoveryPointByResource::recoveryPointArn).contains(started.recoveryPointArn());
    }

    @Test
    void stopsARunningJobButNotAFinishedOne() {
        String jobId = startOms("token-4").backupJobId();
        client.stopBackupJob(request -> request.backupJobId(jobId));
        assertThat(client.describeBackupJob(request -> request.backupJobId(jobId)).state()).isEqualTo(BackupJobState.ABORTED);
        assertThat(newCalls()).extracting(RecordedCall::operation).containsExactly("StartBackupJob", "StopBackupJob");
        assertThat(newCalls().get(1).requestJson()).isEqualTo("{\"BackupJobId\":\"" + jobId + "\"}");

        assertThatThrownBy(() -> client.stopBackupJob(request -> request.backupJobId(jobId)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Backup job " + jobId + " is ABORTED and can no longer be stopped");
    }

    @Test
    void validatesStartBackupJobLikeAwsBackup() {
        assertThatThrownBy(() -> client.startBackupJob(request -> request.backupVaultName("no-such-vault").resourceArn(OMS)
                .iamRoleArn(ROLE)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup vault no-such-vault does not exist in us-west-2");
        assertThatThrownBy(() -> client.startBackupJob(request -> request.backupVaultName(VAULT).resourceArn(OMS)
                .iamRoleArn("backup-role")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Invalid IAM role ARN: backup-role");
        assertThatThrownBy(() -> client.startBackupJob(request -> request.backupVaultName(VAULT).iamRoleArn(ROLE)))
                .isInstanceOf(MissingParameterValueException.class)
                .hasMessageStartingWith("ResourceArn is required");
        assertThatThrownBy(() -> client.startBackupJob(request -> request.backupVaultName(VAULT).iamRoleArn(ROLE)
                .resourceArn("arn:aws:sqs:us-west-2:123456789012:queue")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Resource arn:aws:sqs:us-west-2:123456789012:queue is not a resource type AWS Backup supports");
        assertThat(newCalls()).isEmpty();
    }

    @Test
    void startsARestoreJobFromAnInventoryRecoveryPoint() {
        String point = client.listRecoveryPointsByResource(request -> request.resourceArn(OMS)).recoveryPoints().get(0)
                .recoveryPointArn();
        String restoreId = client.startRestoreJob(request -> request.recoveryPointArn(point)
                .iamRoleArn("arn:aws:iam::123456789012:role/arrakis-restore-role-production")
                .metadata(Map.of("DBInstanceIdentifier", "arrakis-oms-production-restored"))).restoreJobId();

        assertThat(client.describeRestoreJob(request -> request.restoreJobId(restoreId)).status())
                .isEqualTo(RestoreJobStatus.PENDING);
        backup.setJobState(restoreId, "COMPLETED", null);
        assertThat(client.describeRestoreJob(request -> request.restoreJobId(restoreId)).percentDone()).isEqualTo("100.00%");
        assertThat(newCalls()).extracting(RecordedCall::operation).containsExactly("StartRestoreJob");
        assertThatThrownBy(() -> client.startRestoreJob(request -> request.recoveryPointArn("arn:aws:backup:us-west-2:"
                + "123456789012:recovery-point:missing").metadata(Map.of("a", "b"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theSdkRetriesInjectedThrottlingUntilItSucceeds() {
        int attemptsBefore = backup.callCount("StartBackupJob");
        backup.failNext("StartBackupJob", 400, "ThrottlingException", "Rate exceeded", 2);

        String jobId = startOms("token-5").backupJobId();

        assertThat(jobId).isNotBlank();
        assertThat(backup.callCount("StartBackupJob") - attemptsBefore).as("attempts").isEqualTo(3);
        assertThat(newCalls()).hasSize(1);
    }

    @Test
    void theSdkGivesUpOnThrottlingAfterThreeAttempts() {
        int attemptsBefore = backup.callCount("ListBackupJobs");
        backup.failNext("ListBackupJobs", 400, "ThrottlingException", "Rate exceeded", 3);

        assertThatThrownBy(() -> client.listBackupJobs())
                .isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
        assertThat(backup.callCount("ListBackupJobs") - attemptsBefore).isEqualTo(3);
    }

    @Test
    void accessDeniedIsNotRetried() {
        int attemptsBefore = backup.callCount("StartBackupJob");
        backup.failNext("StartBackupJob", 403, "AccessDeniedException", "User is not authorized to perform: "
                + "backup:StartBackupJob", 1);

        assertThatThrownBy(() -> startOms("token-6"))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("User is not authorized to perform: backup:StartBackupJob")
                .satisfies(e -> {
                    assertThat(((BackupException) e).statusCode()).isEqualTo(403);
                    assertThat(((BackupException) e).awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                });
        assertThat(backup.callCount("StartBackupJob") - attemptsBefore).isEqualTo(1);
        assertThat(newCalls()).isEmpty();
    }

    @Test
    void rejectsFaultsForOperationsItDoesNotServe() {
        assertThatThrownBy(() -> backup.failNext("DeleteBackupVault", 500, "ServiceUnavailableException", "down", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown operation DeleteBackupVault; the stand-in serves");
    }

    private StartBackupJobResponse startOms(String token) {
        return client.startBackupJob(request -> request.backupVaultName(VAULT).resourceArn(OMS).iamRoleArn(ROLE)
                .idempotencyToken(token));
    }
}
