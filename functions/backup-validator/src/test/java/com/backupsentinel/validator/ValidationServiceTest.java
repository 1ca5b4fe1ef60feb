package com.backupsentinel.validator;

import static com.backupsentinel.validator.controls.Fixtures.backup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Deadline;
import com.backupsentinel.validator.controls.Fixtures;
import com.backupsentinel.validator.controls.InMemoryInventory;
import com.backupsentinel.validator.report.MemoryReportStore;
import com.backupsentinel.validator.report.ReportWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValidationServiceTest {

    private final InMemoryInventory inventory = new InMemoryInventory();
    private final MemoryReportStore store = new MemoryReportStore();
    private final List<Notification> published = new ArrayList<>();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final List<AuditEvent> audited = new ArrayList<>();

    private ValidationService service(MemoryReportStore reports) {
        Map<String, String> env = BackupValidatorConfigTest.minimal();
        env.put("ENVIRONMENT", "development");
        return new ValidationService(BackupValidatorConfig.from(Environment.of(env)), inventory,
                new ReportWriter(reports, 24), notification -> {
                    published.add(notification);
                    return "message-" + published.size();
                }, new ValidationMetrics(metrics), audited::add, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    private static ValidationRequest request(ControlId... controls) {
        return new ValidationRequest(ValidationRequest.Trigger.DIRECT, true, OptionalInt.empty(), List.of(),
                List.of(), Set.of(controls));
    }

    @Test
    void sendsADigestWhenEverythingIsGreenToo() {
        inventory.jobs.add(backup("b1", "vol-1", "COMPLETED", 3, 10));

        ValidationOutcome outcome = service(store).validate(request(ControlId.JOB_OUTCOMES, ControlId.STUCK_JOBS),
                new Invocation("123456789012", "a1b2c3d4-0000"), Deadline.none());

        assertThat(outcome.report().summary().status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(published).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).isEqualTo("[123456789012 us-west-2] Backup validation: all 2 controls compliant");
            assertThat(digest.attributes()).containsEntry("status", "COMPLIANT").containsEntry("severity", "INFO");
            assertThat(digest.text()).contains("https://reports-bucket.example/reports/validation/2026/11/22/"
                    + "validation-060000Z-a1b2c3d4.html?expires=86400");
        });
        assertThat(store.objects.keySet()).containsExactly(
                "reports/validation/2026/11/22/validation-060000Z-a1b2c3d4.json",
                "reports/validation/2026/11/22/validation-060000Z-a1b2c3d4-control-compliance.csv",
                "reports/validation/2026/11/22/validation-060000Z-a1b2c3d4-resource-compliance.csv",
                "reports/validation/2026/11/22/validation-060000Z-a1b2c3d4.html");
        assertThat(outcome.digestMessageId()).isEqualTo("message-1");
    }

    @Test
    void recordsEveryRunAsAnAuditEvent() {
        inventory.jobs.add(backup("b1", "vol-1", "COMPLETED", 3, 10));
        inventory.jobs.add(backup("b2", "vol-2", "FAILED", 3, 10));

        service(store).validate(request(ControlId.JOB_OUTCOMES, ControlId.STUCK_JOBS),
                new Invocation("123456789012", "a1b2c3d4-0000"), Deadline.none());

        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("validation-a1b2c3d4-0000");
            assertThat(event.opType()).isEqualTo("Validation.Run");
            assertThat(event.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(event.caller()).isEqualTo("invoke");
            assertThat(event.responseCode()).isEqualTo(200);
            assertThat(event.source()).isEqualTo("BackupValidatorFunction");
            assertThat(event.requestParams()).containsEntry("trigger", "direct").containsEntry("status", "NON_COMPLIANT")
                    .containsEntry("controls", "2").containsEntry("nonCompliant", "1").containsEntry("compliant", "1")
                    .containsEntry("complete", "true").containsEntry("runId", "validation-060000Z-a1b2c3d4")
                    .containsEntry("regions", "us-west-2");
        });
    }

    @Test
    void recordsMetricsPerControl() {
        inventory.jobs.add(backup("b1", "vol-1", "COMPLETED", 3, 10));
        inventory.jobs.add(backup("b2", "vol-2", "FAILED", 3, 10));
        inventory.jobs.add(backup("b3", "vol-3", "RUNNING", 30, -1));

        service(store).validate(request(ControlId.JOB_OUTCOMES, ControlId.STUCK_JOBS), new Invocation("1", "r"),
                Deadline.none());

        assertThat(metrics.total("NonCompliantResources", Map.of("Control", "job_outcomes"))).isEqualTo(1);
        assertThat(metrics.total("BackupJobSuccessRate", Map.of("Control", "job_outcomes"))).isEqualTo(50.0);
        assertThat(metrics.total("StuckJobs", Map.of("Control", "stuck_jobs"))).isEqualTo(1);
        assertThat(metrics.total("ValidationRuns")).isEqualTo(1);
        assertThat(metrics.total("ValidationIncomplete")).isZero();
    }

    @Test
    void anIncompleteRunSaysWhichControlsDidNotFinish() {
        for (int i = 0; i < 10; i++) {
            inventory.jobs.add(backup("b" + i, "vol-" + i, "COMPLETED", 3, 10));
        }
        AtomicInteger checks = new AtomicInteger();

        ValidationOutcome outcome = service(store).validate(request(ControlId.PLAN_POLICY, ControlId.JOB_OUTCOMES),
                new Invocation("1", "r"), () -> checks.incrementAndGet() > 6);

        assertThat(outcome.report().complete()).isFalse();
        assertThat(outcome.report().incompleteControls()).containsExactly("job_outcomes (us-west-2)");
        assertThat(published.get(0).subject()).isEqualTo("[1 us-west-2] Backup validation INCOMPLETE: 0/2 non-compliant,"
                + " 1 incomplete, 0 findings (0 ERROR)");
        assertThat(published.get(0).text()).contains("INCOMPLETE: the time budget ran out before these controls"
                + " finished: job_outcomes (us-west-2)");
        assertThat(store.objects.values().iterator().next()).contains("\"complete\" : false");
        assertThat(metrics.total("ValidationIncomplete")).isEqualTo(1);
    }

    @Test
    void stillSendsTheDigestWhenTheReportsCannotBeWrittenAndThenFails() {
        MemoryReportStore broken = new MemoryReportStore().failing(new IllegalStateException("bucket unreachable"));

        assertThatThrownBy(() -> service(broken).validate(request(ControlId.PLAN_POLICY), new Invocation("1", "r"),
                Deadline.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Validation ran and the digest was sent, but the reports could not be written to"
                        + " reports-bucket: bucket unreachable");
        assertThat(published).singleElement().satisfies(digest -> assertThat(digest.text())
                .contains("(reports could not be written: IllegalStateException: bucket unreachable)"));
        assertThat(audited).singleElement().satisfies(event -> assertThat(event.responseCode()).isEqualTo(500));
    }

    @Test
    void evaluatesEveryRegionAsked() {
        ValidationRequest twoRegions = new ValidationRequest(ValidationRequest.Trigger.DIRECT, false,
                OptionalInt.of(48), List.of("*"), List.of("us-west-2", "us-east-1"), Set.of(ControlId.JOB_OUTCOMES));

        ValidationOutcome outcome = service(store).validate(twoRegions, new Invocation("1", "r"), Deadline.none());

        assertThat(outcome.report().results()).extracting(r -> r.region()).containsExactly("us-west-2", "us-east-1");
        assertThat(outcome.report().lookbackHours()).isEqualTo(48);
        assertThat(outcome.report().accounts()).isEqualTo("all accounts (*)");
        assertThat(inventory.jobQueries).allSatisfy(q -> assertThat(q.account()).hasValue("*"));
    }

    @Test
    void namesTheAccountByItsAliasWhenIamTellsIt() {
        inventory.alias = "arrakis-platform";

        ValidationOutcome outcome = service(store).validate(request(ControlId.PLAN_POLICY),
                new Invocation("123456789012", "r"), Deadline.none());

        assertThat(outcome.report().accountAlias()).isEqualTo("arrakis-platform");
        assertThat(published.get(0).subject()).startsWith("[arrakis-platform us-west-2] Backup validation");
        assertThat(published.get(0).text()).startsWith("Backup validation of account arrakis-platform (123456789012),"
                + " us-west-2\n");
    }

    @Test
    void fallsBackToTheAccountIdWhenTheAliasCannotBeReadAndStillRuns() {
        inventory.alias = "arrakis-platform";
        inventory.failing("accountAlias", "ListAccountAliases failed with AccessDenied (HTTP 403): not authorized");
        inventory.jobs.add(backup("b1", "vol-1", "FAILED", 3, 10));

        ValidationOutcome outcome = service(store).validate(request(ControlId.JOB_OUTCOMES),
                new Invocation("123456789012", "r"), Deadline.none());

        assertThat(outcome.report().accountAlias()).isEmpty();
        assertThat(outcome.report().summary().status()).isEqualTo(ControlStatus.NON_COMPLIANT);
        assertThat(published.get(0).subject()).startsWith("[123456789012 us-west-2] Backup validation");
        assertThat(published.get(0).text()).startsWith("Backup validation of account 123456789012, us-west-2\n");
    }
}
