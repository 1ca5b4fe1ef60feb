package com.backupsentinel.ondemand.service;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.BOB;
import static com.backupsentinel.ondemand.service.Fixtures.EBS;
import static com.backupsentinel.ondemand.service.Fixtures.NOW;
import static com.backupsentinel.ondemand.service.Fixtures.RDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusAndAuditTest {

    private final ScriptedBackupGateway backup = new ScriptedBackupGateway();
    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final MutableClock clock = new MutableClock(NOW);
    private final OnDemandService service = new OnDemandService(Fixtures.settings(), backup, List::of, store,
            new InMemoryObjectStore("r"), new RecordingMetrics(), clock);

    @Test
    void followsTheJobsFromCreatedToSuccess() {
        RequestRecord record = service.startBackup(new BackupCommand(List.of(RDS, EBS), false, "s", ALICE)).record();
        String ts = record.timestamp();
        assertThat(service.backupStatus(ts).status()).isEqualTo(RequestStatus.PENDING);

        backup.setState(record.jobs().get(0).jobId(), "RUNNING", "42.0", "");
        RequestView running = service.backupStatus(ts);
        assertThat(running.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(running.progressOf(record.jobs().get(0))).map(JobProgress::percentDone).contains("42.0");

        backup.setState(record.jobs().get(0).jobId(), "COMPLETED", "100.0", "");
        backup.setState(record.jobs().get(1).jobId(), "COMPLETED", "100.0", "");
        assertThat(service.backupStatus(ts).status()).isEqualTo(RequestStatus.SUCCESS);
    }

    @Test
    void readsFailedWhenEveryJobFails() {
        RequestRecord record = service.startBackup(new BackupCommand(List.of(RDS), false, "s", ALICE)).record();
        backup.setState(record.jobs().get(0).jobId(), "FAILED", "0.0", "IAM role lacks rds:CreateDBSnapshot");

        RequestView view = service.backupStatus(record.timestamp());

        assertThat(view.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(view.progressOf(record.jobs().get(0))).map(JobProgress::statusMessage)
                .contains("IAM role lacks rds:CreateDBSnapshot");
    }

    @Test
    void reportsAJobAwsBackupForgotAsNotFound() {
        RequestRecord record = service.startBackup(new BackupCommand(List.of(RDS), false, "s", ALICE)).record();
        backup.failNext("DescribeBackupJob", record.jobs().get(0).jobId(), "ResourceNotFoundException", 404, "gone");

        RequestView view = service.backupStatus(record.timestamp());

        assertThat(view.progressOf(record.jobs().get(0))).map(JobProgress::state).contains(JobProgress.NOT_FOUND);
        assertThat(view.status()).isEqualTo(RequestStatus.FAILED);
    }

    @Test
    void letsOtherAwsErrorsReachTheCaller() {
        RequestRecord record = service.startBackup(new BackupCommand(List.of(RDS), false, "s", ALICE)).record();
        backup.failNext("DescribeBackupJob", record.jobs().get(0).jobId(), "ThrottlingException", 400, "Rate exceeded");

        assertThatThrownBy(() -> service.backupStatus(record.timestamp())).isInstanceOf(AwsCallException.class);
    }

    @Test
    void answersTheLatestBackupRequest() {
        assertThatThrownBy(service::latestBackup).hasMessage("No backup request has been made yet");
        service.startBackup(new BackupCommand(List.of(RDS), false, "a", ALICE));
        clock.advance(Duration.ofMinutes(5));
        service.startBackup(new BackupCommand(List.of(EBS), false, "b", BOB));

        assertThat(service.latestBackup().record().timestamp()).isEqualTo("2026-11-21t09-35-00");
    }

    @Test
    void listsWhoAskedForWhatNewestFirstAndByCaller() {
        service.startBackup(new BackupCommand(List.of(RDS), false, "a", ALICE));
        clock.advance(Duration.ofMinutes(1));
        service.startBackup(new BackupCommand(List.of(EBS), false, "b", BOB));
        clock.advance(Duration.ofMinutes(1));
        service.startBackup(new BackupCommand(List.of(EBS), false, "c", ALICE));

        List<RequestRecord> all = service.audit(new AuditQuery(List.of(RequestKind.BACKUP, RequestKind.RESTORE), 10,
                Optional.empty()));
        assertThat(all).extracting(RequestRecord::timestamp)
                .containsExactly("2026-11-21t09-32-00", "2026-11-21t09-31-00", "2026-11-21t09-30-00");
        List<RequestRecord> alices = service.audit(new AuditQuery(List.of(RequestKind.BACKUP), 1,
                Optional.of(ALICE.userArn())));
        assertThat(alices).extracting(RequestRecord::timestamp).containsExactly("2026-11-21t09-32-00");
    }
}
