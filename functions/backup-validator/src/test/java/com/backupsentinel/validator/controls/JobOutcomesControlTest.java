package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.backup;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobOutcomesControlTest {

    private static ControlResult run(ControlContext context, JobRecord... jobs) {
        ControlEvaluation evaluation = new JobOutcomesControl().start(context);
        for (JobRecord job : jobs) {
            evaluation.job(job);
        }
        return evaluation.finish();
    }

    private static KindOutcome kind(ControlResult result, JobKind kind) {
        return ((JobOutcomes) result.details()).kind(kind).orElseThrow();
    }

    @Test
    void countsStatesAndKeepsCompletedWithIssuesApartFromCleanSuccess() {
        ControlResult result = run(context(),
                backup("j1", "vol-1", "COMPLETED", 10, 30),
                job(JobKind.BACKUP, "j2", "vol-2", "COMPLETED", 9, 30, "Some files were skipped"),
                backup("j3", "vol-3", "FAILED", 8, 5),
                backup("j4", "vol-4", "EXPIRED", 7, 0),
                backup("j5", "vol-5", "RUNNING", 1, -1));

        OutcomeCounts totals = kind(result, JobKind.BACKUP).totals();
        assertThat(totals).isEqualTo(new OutcomeCounts("backup", 5, 1, 4, 2, 1, 1, 1, 0, 0));
        assertThat(totals.completedClean()).isEqualTo(1);
        assertThat(totals.successRatePercent()).isEqualTo(50.0);
        assertThat(kind(result, JobKind.BACKUP).byState())
                .isEqualTo(Map.of("COMPLETED", 2L, "FAILED", 1L, "EXPIRED", 1L, "RUNNING", 1L));
        assertThat(result.figures()).containsEntry("backupJobs", 5L).containsEntry("backupCompletedWithIssues", 1L)
                .containsEntry("backupFailed", 1L).containsEntry("backupExpired", 1L).containsEntry("backupSuccessRatePercent", 50.0)
                .doesNotContainKey("copySuccessRatePercent");
        assertThat(result.status()).isEqualTo(ControlStatus.NON_COMPLIANT);
        assertThat(result.nonCompliantResources()).isEqualTo(3);
        assertThat(result.compliantResources()).isEqualTo(2);
    }

    @Test
    void namesTheResourceTheRuleTheObservedStateAndTheThresholdInEachFinding() {
        ControlResult result = run(context(),
                job(JobKind.BACKUP, "j3", "vol-3", "FAILED", 8, 5, "Access denied to volume"),
                job(JobKind.COPY, "c1", "vol-4", "COMPLETED", 3, 10, "Copy throttled and retried"));

        assertThat(result.findings()).containsExactly(
                new Finding(ControlId.JOB_OUTCOMES, "us-west-2", "123456789012", Fixtures.arn("EBS", "vol-3"), "", "EBS",
                        "backup_job_failed", "backup job j3 FAILED: Access denied to volume", "COMPLETED",
                        Severity.ERROR).linked(ConsoleLinks.backupJob("us-west-2", "j3")),
                new Finding(ControlId.JOB_OUTCOMES, "us-west-2", "123456789012", Fixtures.arn("EBS", "vol-4"), "", "EBS",
                        "copy_job_completed_with_issues", "copy job c1 COMPLETED: Copy throttled and retried",
                        "COMPLETED without issues", Severity.WARNING).linked(ConsoleLinks.copyJob("us-west-2", "c1")));
    }

    @Test
    void countsTheJobsCreatedInTheWindowWhenEverTheyEnd() {
        ControlResult result = run(context(),
                backup("created-before-ended-inside", "vol-1", "FAILED", 25, 120),
                backup("created-before-still-running", "vol-2", "RUNNING", 40, -1),
                backup("created-at-start", "vol-3", "COMPLETED", 24, 30),
                backup("created-inside-still-running", "vol-4", "RUNNING", 2, -1),
                backup("created-inside-ends-after-now", "vol-5", "COMPLETED", 0.5, 60));

        OutcomeCounts totals = kind(result, JobKind.BACKUP).totals();
        assertThat(totals).isEqualTo(new OutcomeCounts("backup", 3, 1, 2, 2, 0, 0, 0, 0, 0));
        assertThat(result.resources()).extracting(ResourceVerdict::resourceArn).containsExactly(
                Fixtures.arn("EBS", "vol-3"), Fixtures.arn("EBS", "vol-4"), Fixtures.arn("EBS", "vol-5"));
        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
    }

    @Test
    void takesAwsMessageCategoryForCompletedWithIssues() {
        JobRecord busy = new JobRecord(JobKind.BACKUP, "b", "123456789012", Fixtures.arn("EBS", "vol-1"), "EBS",
                "vault-a", "COMPLETED", "", "ResourceBusy", Fixtures.NOW.minusSeconds(3600),
                java.util.Optional.of(Fixtures.NOW), "", "");
        JobRecord clean = new JobRecord(JobKind.BACKUP, "c", "123456789012", Fixtures.arn("EBS", "vol-2"), "EBS",
                "vault-a", "COMPLETED", "Backup completed", "SUCCESS", Fixtures.NOW.minusSeconds(3600),
                java.util.Optional.of(Fixtures.NOW), "", "");

        assertThat(busy.isCompletedWithIssues()).isTrue();
        assertThat(clean.isCompletedWithIssues()).isFalse();
        assertThat(kind(run(context(), busy, clean), JobKind.BACKUP).totals().completedWithIssues()).isEqualTo(1);
    }

    @Test
    void anEmptyAccountIsCompliantWithZeroCountsAndNoSuccessRate() {
        ControlResult result = run(context());

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.compliantResources()).isZero();
        for (JobKind kind : JobKind.values()) {
            assertThat(kind(result, kind).totals()).isEqualTo(new OutcomeCounts(kind.wireName(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
            assertThat(kind(result, kind).totals().successRatePercent()).isNull();
        }
        assertThat(result.figures()).containsEntry("backupJobs", 0L).doesNotContainKey("backupSuccessRatePercent");
        assertThat(((JobOutcomes) result.details()).dailyBackups()).hasSize(15)
                .allSatisfy(day -> assertThat(day.total()).isZero());
    }

    @Test
    void breaksDownByResourceTypeVaultAndAccount() {
        JobRecord rds = new JobRecord(JobKind.BACKUP, "r1", "210987654321", Fixtures.arn("RDS", "db-1"), "RDS",
                "vault-b", "FAILED", "", "AccessDenied", Fixtures.NOW.minusSeconds(3600), java.util.Optional.of(Fixtures.NOW), "", "");
        ControlResult result = run(context(), backup("j1", "vol-1", "COMPLETED", 3, 10), rds);

        KindOutcome backup = kind(result, JobKind.BACKUP);
        assertThat(backup.byResourceType()).containsExactly(new OutcomeCounts("EBS", 1, 0, 1, 1, 0, 0, 0, 0, 0),
                new OutcomeCounts("RDS", 1, 0, 1, 0, 0, 1, 0, 0, 0));
        assertThat(backup.byVault()).containsExactly(new OutcomeCounts("vault-a", 1, 0, 1, 1, 0, 0, 0, 0, 0),
                new OutcomeCounts("vault-b", 1, 0, 1, 0, 0, 1, 0, 0, 0));
        assertThat(backup.byAccount()).containsExactly(new OutcomeCounts("123456789012", 1, 0, 1, 1, 0, 0, 0, 0, 0),
                new OutcomeCounts("210987654321", 1, 0, 1, 0, 0, 1, 0, 0, 0));
    }

    @Test
    void countsEachDayInTheReportTimeZone() {
        // Created at 05:00 UTC on 22 Nov: still 21 Nov in Los Angeles, 22 Nov in UTC.
        JobRecord lateEvening = backup("j1", "vol-1", "COMPLETED", 1, 30);
        ControlContext utc = context();
        ControlContext losAngeles = new ControlContext("us-west-2", true, EvaluationWindow.ending(Fixtures.NOW,
                Duration.ofHours(24), ZoneId.of("America/Los_Angeles")), Fixtures.settings(
                DeploymentEnvironment.PRODUCTION));

        List<OutcomeCounts> utcDays = ((JobOutcomes) run(utc, lateEvening).details()).dailyBackups();
        List<OutcomeCounts> laDays = ((JobOutcomes) run(losAngeles, lateEvening).details()).dailyBackups();

        assertThat(utcDays.get(utcDays.size() - 1)).isEqualTo(new OutcomeCounts("2026-11-22", 1, 0, 1, 1, 0, 0, 0, 0, 0));
        assertThat(laDays.get(laDays.size() - 1)).isEqualTo(new OutcomeCounts("2026-11-21", 1, 0, 1, 1, 0, 0, 0, 0, 0));
        assertThat(utcDays.get(0).key()).isEqualTo("2026-11-08");
    }

    @Test
    void aStateAwsAddedSinceIsCountedAsFailedAndNamedInOneFindingPerValue() {
        ControlResult result = run(context(),
                backup("j1", "vol-1", "SUPERSEDED", 3, 10),
                backup("j2", "vol-2", "SUPERSEDED", 4, 10),
                backup("j3", "vol-3", "COMPLETED", 5, 10));

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity, Finding::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("backup_job_failed", Severity.ERROR, 1L),
                org.assertj.core.groups.Tuple.tuple("backup_job_failed", Severity.ERROR, 1L),
                org.assertj.core.groups.Tuple.tuple("unknown_api_value", Severity.WARNING, 2L));
        assertThat(result.findings().get(2).observed()).isEqualTo("unknown backup job State SUPERSEDED on 2 items"
                + " (first: j1): treated as failed, please report");
        assertThat(result.figures()).containsEntry("backupFailed", 2L).containsEntry("backupCompleted", 1L);
    }
}
