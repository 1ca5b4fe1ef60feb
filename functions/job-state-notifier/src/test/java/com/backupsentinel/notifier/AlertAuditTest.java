package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.AuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.shared.notification.NotificationPublisher;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every published alert is one {@code Alert.Published} audit event; nothing else is, and recording never breaks it. */
class AlertAuditTest {

    private static final String FAILED_JOB_EVENT_ID = "d23d0f5546e9beb1e6678f4f37d7531b";

    @Test
    void recordsAPublishedAlertWithTheDocumentedShape() {
        Fixtures fixtures = new Fixtures(NotificationLevel.ALL, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty()));
        RecordingAudit audit = new RecordingAudit();
        NotificationPublisher slowPublisher = notification -> {
            fixtures.clock.advanceMillis(250);
            return "sns-message-1";
        };
        AlertService service = service(fixtures, slowPublisher, audit);

        service.handle(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(audit.events()).containsExactly(new AuditEvent(FAILED_JOB_EVENT_ID, "Alert.Published",
                Instant.parse("2026-11-22T01:12:54Z"), "aws.backup", "", 200, Map.of(
                        "severity", "ERROR",
                        "eventType", "Backup Job State Change",
                        "jobId", "FE603449-9C6D-4A69-9561-31C1BDC7E9FC",
                        "state", "FAILED",
                        "resourceArn", "arn:aws:rds:us-west-2:123456789012:db:arrakis-billing-production",
                        "account", "123456789012",
                        "region", "us-west-2",
                        "messageId", "sns-message-1"),
                "", 250, "JobStateNotifierFunction"));
    }

    @Test
    void namesWhatAnAlertAboutNoJobIsAboutInJobId() {
        Fixtures fixtures = Fixtures.all();

        fixtures.service.handle(TestEvents.functionEvent("backup-vault-lock-removed.json"));

        AuditEvent event = fixtures.audit.events().get(0);
        assertThat(event.requestParams()).containsEntry("jobId", "arrakis-backup-vault-production")
                .containsEntry("state", "MODIFIED")
                .containsEntry("eventType", "Backup Vault State Change")
                .containsEntry("severity", "ERROR");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-11-22T07:18:19Z"));
    }

    @Test
    void derivesTheEventIdFromWhatWasAlertedOnSoARepublishedEventWritesTheSameItem() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");

        fixtures.service.handle(failed);
        fixtures.clock.advanceSeconds(24 * 3600);
        fixtures.service.handle(failed);

        assertThat(fixtures.publisher.published()).hasSize(2);
        assertThat(fixtures.audit.events()).hasSize(2).allSatisfy(event -> {
            assertThat(event.eventId()).isEqualTo(FAILED_JOB_EVENT_ID);
            assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-11-22T01:12:54Z"));
        });
    }

    @Test
    void givesEachEventOfTheSameVaultItsOwnEventId() {
        Fixtures fixtures = Fixtures.all();
        String detail = "{\"backupVaultName\":\"orders\",\"state\":\"MODIFIED\"}";

        fixtures.service.handle(TestEvents.event("event-1", "Backup Vault State Change", detail));
        fixtures.service.handle(TestEvents.event("event-2", "Backup Vault State Change", detail));

        assertThat(fixtures.audit.events()).extracting(AuditEvent::eventId).doesNotHaveDuplicates().hasSize(2)
                .allMatch(id -> id.matches("[0-9a-f]{32}"));
    }

    @Test
    void recordsNothingForDuplicatesOrEventsBelowTheLevel() {
        Fixtures fixtures = new Fixtures(NotificationLevel.WARNINGS_AND_ERRORS, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(AlertServiceTest.success()));
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");

        fixtures.service.handle(failed);
        fixtures.service.handle(failed);
        fixtures.service.handle(TestEvents.functionEvent("backup-job-running.json"));
        fixtures.service.handle(TestEvents.functionEvent("backup-job-completed.json"));

        assertThat(fixtures.audit.events()).extracting(event -> event.requestParams().get("jobId"))
                .containsExactly("FE603449-9C6D-4A69-9561-31C1BDC7E9FC");
    }

    @Test
    void recordsNothingWhenPublishingFailsAndOnceWhenTheRetryPublishes() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");
        fixtures.publisher.failNext(1);

        assertThatThrownBy(() -> fixtures.service.handle(failed)).hasMessage("SNS is unavailable");
        assertThat(fixtures.audit.events()).isEmpty();
        fixtures.service.handle(failed);

        assertThat(fixtures.audit.events()).extracting(AuditEvent::eventId).containsExactly(FAILED_JOB_EVENT_ID);
    }

    @Test
    void publishesAndCountsTheFailureWhenTheAuditWriteFails() {
        Fixtures fixtures = Fixtures.all();
        AuditStore store = mock(AuditStore.class);
        doThrow(new IllegalStateException("ProvisionedThroughputExceededException")).when(store).append(any());
        RecordingMetrics auditMetrics = new RecordingMetrics();
        AlertService service = service(fixtures, fixtures.publisher, new FailSafeAuditRecorder(store, auditMetrics));

        AlertOutcome outcome = service.handle(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(outcome.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(fixtures.publisher.published()).hasSize(1);
        assertThat(auditMetrics.total("AuditWriteFailures", Map.of())).isEqualTo(1);
    }

    @Test
    void publishesEvenWhenARecorderBreaksItsPromiseNotToThrow() {
        Fixtures fixtures = Fixtures.all();
        AuditRecorder throwing = event -> {
            throw new IllegalStateException("recorder bug");
        };
        AlertService service = service(fixtures, fixtures.publisher, throwing);

        AlertOutcome outcome = service.handle(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(outcome.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(outcome.messageId()).contains("message-1");
        assertThat(fixtures.publisher.published()).hasSize(1);
        assertThat(fixtures.dedup.entry("backup-job#123456789012#FE603449-9C6D-4A69-9561-31C1BDC7E9FC#FAILED"))
                .hasValueSatisfying(entry -> assertThat(entry.status()).isEqualTo("PUBLISHED"));
    }

    private static AlertService service(Fixtures fixtures, NotificationPublisher publisher, AuditRecorder audit) {
        return new AlertService(NotificationLevel.ALL, new SeverityPolicy(BenignPatterns.none()), fixtures.dedup,
                new Enricher(fixtures.lookup, fixtures.metrics), publisher, fixtures.metrics, audit, fixtures.clock);
    }
}
