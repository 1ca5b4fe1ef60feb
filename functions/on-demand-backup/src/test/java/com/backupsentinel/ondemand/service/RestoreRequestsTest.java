package com.backupsentinel.ondemand.service;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.DYNAMO;
import static com.backupsentinel.ondemand.service.Fixtures.EBS;
import static com.backupsentinel.ondemand.service.Fixtures.EFS;
import static com.backupsentinel.ondemand.service.Fixtures.NOW;
import static com.backupsentinel.ondemand.service.Fixtures.RDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.backupsentinel.ondemand.service.RequestRejectedException.Reason;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestoreRequestsTest {

    private static final String BACKUP_TS = "2026-11-21t09-30-00";

    private final ScriptedBackupGateway backup = new ScriptedBackupGateway();
    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final MutableClock clock = new MutableClock(NOW);
    private OnDemandService service;

    @BeforeEach
    void backUpThreeResources() {
        service = new OnDemandService(Fixtures.settings(), backup, List::of, store, new InMemoryObjectStore("r"),
                new RecordingMetrics(), clock);
        RequestView backupView = service.startBackup(new BackupCommand(List.of(RDS, EBS, DYNAMO), false, "b", ALICE));
        for (StartedJob job : backupView.record().jobs()) {
            backup.setState(job.jobId(), "COMPLETED", "100.0", "");
            backup.addRecoveryPoint(new RecoveryPoint(job.recoveryPointArn(), job.resourceArn(), job.resourceType(),
                    "COMPLETED"), job.resourceType().equals("RDS") ? Map.of("DBInstanceIdentifier", "orders",
                    "Engine", "postgres") : Map.of("targetTableName", "sessions"));
        }
        clock.advance(Duration.ofMinutes(15));
    }

    private RestoreCommand fromBackup(List<String> skip) {
        return new RestoreCommand(Optional.of(BACKUP_TS), Optional.empty(), skip, "r", ALICE);
    }

    @Test
    void restoresEveryRecoveryPointOfTheBackupThroughTheRestoreRoleWithOverrides() {
        RequestView view = service.startRestore(fromBackup(List.of("EBS")));

        assertThat(view.record().timestamp()).isEqualTo("2026-11-21t09-45-00");
        assertThat(view.record().sourceBackupTimestamp()).contains(BACKUP_TS);
        assertThat(backup.restoreCalls()).hasSize(2);
        RestoreJobSpec rds = backup.restoreCalls().get(0);
        assertThat(rds.iamRoleArn()).isEqualTo(Fixtures.RESTORE_ROLE);
        assertThat(rds.resourceType()).isEqualTo("RDS");
        assertThat(rds.metadata()).containsEntry("DBInstanceIdentifier", "orders-restored")
                .containsEntry("Engine", "postgres");
        assertThat(backup.restoreCalls().get(1).metadata()).containsEntry("targetTableName", "sessions-restored");
        assertThat(view.record().jobs().get(0).overrides()).isEqualTo(Map.of("DBInstanceIdentifier", "orders-restored"));
        assertThat(view.record().skipped()).extracting(SkippedResource::resourceArn, SkippedResource::reason)
                .containsExactly(tuple(EBS, "skip: EBS"));
    }

    @Test
    void skipsByResourceArnToo() {
        RequestView view = service.startRestore(fromBackup(List.of(EBS, DYNAMO)));

        assertThat(view.record().jobs()).extracting(StartedJob::resourceArn).containsExactly(RDS);
    }

    @Test
    void refusesResourceTypesOffTheAllowListBeforeStartingAnything() {
        service = new OnDemandService(Fixtures.settings(Optional.empty(), List.of("RDS", "DynamoDB"), List.of()), backup,
                List::of, store, new InMemoryObjectStore("r"), new RecordingMetrics(), clock);

        assertThatThrownBy(() -> service.startRestore(fromBackup(List.of())))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessage("resource type EBS of backup " + BACKUP_TS + " is not on the restore allow-list "
                        + "(RDS, DynamoDB); add them to skip to restore the rest")
                .satisfies(e -> assertThat(((RequestRejectedException) e).reason()).isEqualTo(Reason.FORBIDDEN));
        assertThat(backup.restoreCalls()).isEmpty();
        assertThat(store.all(RequestKind.RESTORE)).isEmpty();
    }

    @Test
    void refusesEveryRestoreWhenTheAllowListIsEmpty() {
        service = new OnDemandService(Fixtures.settings(Optional.empty(), List.of(), List.of()), backup, List::of,
                store, new InMemoryObjectStore("r"), new RecordingMetrics(), clock);

        assertThatThrownBy(() -> service.startRestore(fromBackup(List.of())))
                .hasMessage("restores are disabled: RESTORE_ALLOWED_RESOURCE_TYPES lists no resource type");
    }

    @Test
    void answersNotFoundForAnUnknownBackupTimestamp() {
        assertThatThrownBy(() -> service.startRestore(new RestoreCommand(Optional.of("2020-01-01t00-00-00"),
                Optional.empty(), List.of(), "r", ALICE)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessage("No backup request with timestamp 2020-01-01t00-00-00")
                .satisfies(e -> assertThat(((RequestRejectedException) e).reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void refusesWhenSkipLeavesNothing() {
        assertThatThrownBy(() -> service.startRestore(fromBackup(List.of("RDS", "EBS", "DynamoDB"))))
                .hasMessage("nothing to restore: every recovery point of backup " + BACKUP_TS
                        + " is skipped or was never created");
    }

    @Test
    void restoresOneRecoveryPointGivenByArn() {
        String point = "arn:aws:elasticfilesystem:us-west-2:123456789012:recovery-point:abc";
        backup.addRecoveryPoint(new RecoveryPoint(point, EFS, "EFS", "COMPLETED"), Map.of("file-system-id", "fs-1"));
        service = new OnDemandService(Fixtures.settings(Optional.empty(), List.of("EFS"), List.of()), backup, List::of,
                store, new InMemoryObjectStore("r"), new RecordingMetrics(), clock);

        RequestView view = service.startRestore(new RestoreCommand(Optional.empty(), Optional.of(point), List.of(),
                "r", ALICE));

        assertThat(view.record().sourceRecoveryPointArn()).contains(point);
        assertThat(backup.restoreCalls().get(0).metadata()).containsEntry("newFileSystem", "true")
                .containsEntry("CreationToken", "backup-sentinel-2026-11-21t09-45-00")
                .containsEntry("file-system-id", "fs-1");
    }

    @Test
    void answersNotFoundForARecoveryPointOutsideTheVault() {
        assertThatThrownBy(() -> service.startRestore(new RestoreCommand(Optional.empty(),
                Optional.of("arn:aws:backup:us-west-2:123456789012:recovery-point:nope"), List.of(), "r", ALICE)))
                .hasMessage("No recovery point arn:aws:backup:us-west-2:123456789012:recovery-point:nope in vault "
                        + Fixtures.VAULT);
    }

    @Test
    void answersConflictForARecoveryPointStillBeingCreated() {
        String point = "arn:aws:backup:us-west-2:123456789012:recovery-point:creating";
        backup.addRecoveryPoint(new RecoveryPoint(point, RDS, "RDS", "CREATING"), Map.of());

        assertThatThrownBy(() -> service.startRestore(new RestoreCommand(Optional.empty(), Optional.of(point),
                List.of(), "r", ALICE)))
                .hasMessage("recovery point " + point + " is CREATING, not COMPLETED: wait for its backup to finish")
                .satisfies(e -> assertThat(((RequestRejectedException) e).reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void reportsPartialFailureWhenOneRestoreIsRefused() {
        StartedJob rds = store.find(RequestKind.BACKUP, BACKUP_TS).orElseThrow().jobs().get(0);
        backup.failNext("StartRestoreJob", rds.recoveryPointArn(), "InvalidRequestException", 400,
                "DB instance orders-restored already exists");

        RequestView view = service.startRestore(fromBackup(List.of("EBS")));

        assertThat(view.status()).isEqualTo(RequestStatus.PARTIAL_FAILURE);
        assertThat(view.record().failures()).extracting(FailedJob::resourceArn, FailedJob::message).containsExactly(
                tuple(RDS,
                        "InvalidRequestException: DB instance orders-restored already exists"));
        assertThat(view.record().jobs()).extracting(StartedJob::resourceArn).containsExactly(DYNAMO);
    }

    @Test
    void reportsStatusOfEveryRestoreJobFromAwsBackup() {
        RequestView started = service.startRestore(fromBackup(List.of("EBS")));
        backup.setState(started.record().jobs().get(0).jobId(), "RUNNING", "40.00%", "");

        RequestView status = service.restoreStatus(started.record().timestamp());

        assertThat(status.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(status.progressOf(started.record().jobs().get(0))).map(JobProgress::percentDone).contains("40.00%");
        assertThatThrownBy(() -> service.restoreStatus("2026-11-21t10-00-00"))
                .hasMessage("No restore request with timestamp 2026-11-21t10-00-00");
    }
}
