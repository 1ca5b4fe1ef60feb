package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.AwsBackupEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertServiceTest {

    @ParameterizedTest(name = "{0} at {1}: published={2}")
    @CsvSource({
        "backup-job-failed.json,              ERRORS_ONLY,         true",
        "backup-job-completed-with-issues.json, ERRORS_ONLY,       false",
        "backup-job-running.json,             ERRORS_ONLY,         false",
        "backup-job-failed.json,              WARNINGS_AND_ERRORS, true",
        "backup-job-completed-with-issues.json, WARNINGS_AND_ERRORS, true",
        "backup-job-running.json,             WARNINGS_AND_ERRORS, false",
        "backup-job-failed.json,              ALL,                 true",
        "backup-job-completed-with-issues.json, ALL,               true",
        "backup-job-running.json,             ALL,                 true",
    })
    void publishesOnlyWhatTheNotificationLevelAllows(String file, NotificationLevel level, boolean published) {
        Fixtures fixtures = new Fixtures(level, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty()));

        AlertOutcome outcome = fixtures.service.handle(TestEvents.functionEvent(file));

        assertThat(fixtures.publisher.published()).hasSize(published ? 1 : 0);
        assertThat(outcome.status()).isEqualTo(published ? AlertOutcome.Status.PUBLISHED
                : AlertOutcome.Status.BELOW_LEVEL);
    }

    @Test
    void skipsLookUpsAndDedupWritesForEventsThatCannotReachTheLevel() {
        Fixtures fixtures = new Fixtures(NotificationLevel.ERRORS_ONLY, BenignPatterns.none());

        AlertOutcome outcome = fixtures.service.handle(TestEvents.functionEvent("backup-job-completed.json"));

        assertThat(outcome).isEqualTo(AlertOutcome.belowLevel(
                "backup-job#123456789012#7093F35A-95F4-4F37-9923-54C3DFEBBD96#COMPLETED", Severity.WARNING));
        assertThat(fixtures.lookup.calls()).isEmpty();
        assertThat(fixtures.dedup.size()).isZero();
        assertThat(fixtures.metrics.total("AlertsBelowLevel", Map.of("Severity", "WARNING",
                "EventType", "BackupJobStateChange"))).isEqualTo(1);
    }

    @Test
    void recordsAnEventThatEnrichmentPutsBelowTheLevelSoItsRedeliveryIsADuplicate() {
        Fixtures fixtures = new Fixtures(NotificationLevel.WARNINGS_AND_ERRORS, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(success()));
        AwsBackupEvent completed = TestEvents.functionEvent("backup-job-completed.json");

        AlertOutcome first = fixtures.service.handle(completed);
        AlertOutcome second = fixtures.service.handle(completed);

        assertThat(first.status()).isEqualTo(AlertOutcome.Status.BELOW_LEVEL);
        assertThat(first.severity()).contains(Severity.INFO);
        assertThat(second.status()).isEqualTo(AlertOutcome.Status.DUPLICATE);
        assertThat(fixtures.publisher.published()).isEmpty();
        assertThat(fixtures.lookup.calls()).hasSize(1);
    }

    @Test
    void downgradesABenignWarningBelowWarningsAndErrors() {
        Fixtures fixtures = new Fixtures(NotificationLevel.WARNINGS_AND_ERRORS,
                BenignPatterns.of(List.of("*not quiesced*")),
                new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty()));

        AlertOutcome outcome = fixtures.service.handle(
                TestEvents.functionEvent("backup-job-completed-with-issues.json"));

        assertThat(outcome.status()).isEqualTo(AlertOutcome.Status.BELOW_LEVEL);
        assertThat(outcome.severity()).contains(Severity.INFO);
        assertThat(fixtures.publisher.published()).isEmpty();
    }

    @Test
    void publishesARedeliveredEventOnce() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");

        AlertOutcome first = fixtures.service.handle(failed);
        AlertOutcome second = fixtures.service.handle(failed);

        assertThat(first.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(second).isEqualTo(AlertOutcome.duplicate(
                "backup-job#123456789012#FE603449-9C6D-4A69-9561-31C1BDC7E9FC#FAILED"));
        assertThat(fixtures.publisher.published()).hasSize(1);
        assertThat(fixtures.metrics.total("DuplicatesSuppressed", Map.of("EventType", "BackupJobStateChange")))
                .isEqualTo(1);
    }

    @Test
    void publishesOnceForTheSameJobAndStateUnderAnotherEventId() {
        Fixtures fixtures = Fixtures.all();

        fixtures.service.handle(TestEvents.backupJob("event-1", "job-1", "FAILED", ""));
        AlertOutcome again = fixtures.service.handle(TestEvents.backupJob("event-2", "job-1", "FAILED", ""));

        assertThat(again.status()).isEqualTo(AlertOutcome.Status.DUPLICATE);
        assertThat(fixtures.publisher.published()).hasSize(1);
    }

    @Test
    void publishesEachStateOfAJob() {
        Fixtures fixtures = new Fixtures(NotificationLevel.ALL, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(success()));

        fixtures.service.handle(TestEvents.backupJob("event-1", "job-1", "RUNNING", ""));
        fixtures.service.handle(TestEvents.backupJob("event-2", "job-1", "COMPLETED", ""));

        assertThat(fixtures.publisher.published()).extracting(notification -> notification.subject())
                .containsExactly("[INFO] Backup job RUNNING: RDS orders (us-west-2)",
                        "[INFO] Backup job COMPLETED: RDS orders (us-west-2)");
    }

    @Test
    void publishesTheSameJobAndStateAgainOnceTheWindowHasPassed() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.backupJob("event-1", "job-1", "FAILED", "");

        fixtures.service.handle(failed);
        fixtures.clock.advanceSeconds(24 * 3600);
        AlertOutcome later = fixtures.service.handle(failed);

        assertThat(later.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(fixtures.publisher.published()).hasSize(2);
    }

    @Test
    void releasesTheClaimWhenPublishingFailsSoTheRetryPublishes() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");
        fixtures.publisher.failNext(1);

        assertThatThrownBy(() -> fixtures.service.handle(failed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SNS is unavailable");
        AlertOutcome retry = fixtures.service.handle(failed);

        assertThat(retry.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(fixtures.publisher.published()).hasSize(1);
    }

    @Test
    void failsWhileAnotherInvocationHoldsAFreshClaimAndPublishesAfterTheLeaseLapses() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");
        String key = DedupKeys.keyFor(failed);
        fixtures.dedup.claim(key, "crashed-invocation", fixtures.clock.instant(),
                fixtures.clock.instant().plus(DedupPolicy.STANDARD.lease()));

        assertThatThrownBy(() -> fixtures.service.handle(failed))
                .isInstanceOf(AlertInFlightException.class)
                .hasMessage("Alert backup-job#123456789012#FE603449-9C6D-4A69-9561-31C1BDC7E9FC#FAILED is being published by "
                        + "another invocation; retry later");
        fixtures.clock.advanceSeconds(121);
        assertThat(fixtures.service.handle(failed).status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
    }

    @Test
    void aClaimLeftByAKilledInvocationLapsesWhenThatInvocationWouldHaveEnded() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");
        String key = DedupKeys.keyFor(failed);
        fixtures.dedup.claim(key, "killed-mid-publish", fixtures.clock.instant(),
                fixtures.clock.instant().plusSeconds(30).plus(DedupPolicy.CLOCK_SKEW));

        fixtures.clock.advanceSeconds(30);
        assertThatThrownBy(() -> fixtures.service.handle(failed, Duration.ofSeconds(30)))
                .isInstanceOf(AlertInFlightException.class);
        fixtures.clock.advanceSeconds(1);
        assertThat(fixtures.service.handle(failed, Duration.ofSeconds(30)).status())
                .isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(fixtures.publisher.published()).hasSize(1);
    }

    @Test
    void confirmsThePublishedClaimWithTheMessageId() {
        Fixtures fixtures = Fixtures.all();
        AwsBackupEvent failed = TestEvents.functionEvent("backup-job-failed.json");

        fixtures.service.handle(failed);

        assertThat(fixtures.dedup.entry(DedupKeys.keyFor(failed))).hasValueSatisfying(entry -> {
            assertThat(entry.status()).isEqualTo("PUBLISHED");
            assertThat(entry.messageId()).contains("message-1");
            assertThat(entry.eventId()).isEqualTo("e60d885b-2ca5-0b6d-2839-16d8f330d59f");
        });
    }

    @Test
    void countsPublishedAlertsBySeverityAndEventType() {
        Fixtures fixtures = Fixtures.all();

        fixtures.service.handle(TestEvents.functionEvent("backup-job-failed.json"));
        fixtures.service.handle(TestEvents.functionEvent("backup-vault-lock-removed.json"));
        fixtures.service.handle(TestEvents.functionEvent("backup-plan-modified.json"));

        assertThat(fixtures.metrics.total("AlertsPublished", Map.of("Severity", "ERROR",
                "EventType", "BackupJobStateChange"))).isEqualTo(1);
        assertThat(fixtures.metrics.total("AlertsPublished", Map.of("Severity", "ERROR",
                "EventType", "BackupVaultStateChange"))).isEqualTo(1);
        assertThat(fixtures.metrics.total("AlertsPublished", Map.of("Severity", "INFO",
                "EventType", "BackupPlanStateChange"))).isEqualTo(1);
    }

    @Test
    void publishesWithTheEventsOwnFactsWhenTheLookUpFails() {
        Fixtures fixtures = new Fixtures(NotificationLevel.ALL, BenignPatterns.none(), new InMemoryBackupLookup()
                .fail("FE603449-9C6D-4A69-9561-31C1BDC7E9FC", "AccessDeniedException: User is not authorized to "
                        + "perform: backup:DescribeBackupJob (HTTP 403)"));

        AlertOutcome outcome = fixtures.service.handle(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(outcome.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(fixtures.publisher.published().get(0).text()).contains("Look-up failed:",
                "DescribeBackupJob failed: AccessDeniedException: User is not authorized to perform: "
                        + "backup:DescribeBackupJob (HTTP 403). This alert was built from the event alone.");
        assertThat(fixtures.metrics.total("EnrichmentFailures", Map.of("Operation", "DescribeBackupJob")))
                .isEqualTo(1);
    }

    @Test
    void usesTheDescriptionToFindAJobThatCompletedWithIssues() {
        JobDescription accessDenied = new JobDescription(Optional.empty(), Optional.of("ACCESS_DENIED"),
                Optional.empty(), Optional.empty(), Optional.of("users"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("daily-production"));
        Fixtures fixtures = new Fixtures(NotificationLevel.WARNINGS_AND_ERRORS, BenignPatterns.none(),
                new InMemoryBackupLookup().describe("7093F35A-95F4-4F37-9923-54C3DFEBBD96", accessDenied));

        AlertOutcome outcome = fixtures.service.handle(TestEvents.functionEvent("backup-job-completed.json"));

        assertThat(outcome.status()).isEqualTo(AlertOutcome.Status.PUBLISHED);
        assertThat(outcome.subject()).contains("[WARNING] Backup job COMPLETED with issues: RDS users (us-west-2)");
    }

    static JobDescription success() {
        return new JobDescription(Optional.empty(), Optional.of("SUCCESS"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
