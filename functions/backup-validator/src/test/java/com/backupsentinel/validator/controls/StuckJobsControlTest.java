package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.backup;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.RuleWindows;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StuckJobsControlTest {

    private static ControlResult run(JobRecord... jobs) {
        ControlEvaluation evaluation = new StuckJobsControl().start(context());
        for (JobRecord job : jobs) {
            evaluation.job(job);
        }
        return evaluation.finish();
    }

    @Test
    void flagsJobsUnderWayLongerThanTheThresholdAsErrors() {
        ControlResult result = run(backup("stuck", "vol-1", "RUNNING", 30, -1),
                job(JobKind.RESTORE, "pending", "vol-2", "PENDING", 25, -1, ""),
                backup("young", "vol-3", "CREATED", 2, -1));

        assertThat(result.figures()).containsEntry("activeJobs", 3).containsEntry("stuckJobs", 2)
                .containsEntry("slowerThanUsualJobs", 0);
        assertThat(result.findings()).hasSize(2).first().isEqualTo(new Finding(ControlId.STUCK_JOBS, "us-west-2",
                "123456789012", Fixtures.arn("EBS", "vol-1"), "", "EBS", "job_stuck",
                "backup job stuck RUNNING for 30.0 h since 2026-11-21T00:00:00Z", "at most 24 h (no plan rule:"
                + " STUCK_JOB_HOURS)", Severity.ERROR).linked(ConsoleLinks.backupJob("us-west-2", "stuck")));
        assertThat(result.nonCompliantResources()).isEqualTo(2);
        assertThat(result.compliantResources()).isEqualTo(1);
    }

    private static JobRecord ofRule(JobRecord job, String planId, String ruleId) {
        return new JobRecord(job.kind(), job.jobId(), job.accountId(), job.resourceArn(), job.resourceType(),
                job.vaultName(), job.state(), job.statusMessage(), job.messageCategory(), job.creationDate(),
                job.completionDate(), job.destination(), job.testingPlan(),
                new JobDetails(planId, ruleId, "", "", "", ""));
    }

    private static PlanRecord dailyPlan(long startMinutes, long completionMinutes) {
        RuleRecord daily = new RuleRecord("daily-backups", "vault-a", "cron(0 1 * * ? *)", "", OptionalLong.of(90),
                OptionalLong.empty(), false, List.of(), new RuleWindows("rule-daily", startMinutes, completionMinutes),
                List.of());
        return new PlanRecord("plan-1", "arrakis-backup-plan-production",
                "arn:aws:backup:us-west-2:123456789012:backup-plan:plan-1", List.of(daily), List.of());
    }

    @Test
    void aJobOfAPlanRuleIsStuckPastTheRulesStartPlusCompletionWindowEvenShortOfTheDefaultHours() {
        ControlEvaluation evaluation = new StuckJobsControl().start(context());
        evaluation.plan(dailyPlan(60, 480));
        evaluation.job(ofRule(backup("late", "fs-shared", "RUNNING", 20, -1), "plan-1", "rule-daily"));
        evaluation.job(ofRule(backup("on-time", "fs-other", "RUNNING", 8.5, -1), "plan-1", "rule-daily"));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).containsExactly(new Finding(ControlId.STUCK_JOBS, "us-west-2", "123456789012",
                Fixtures.arn("EBS", "fs-shared"), "", "EBS", "job_stuck",
                "backup job late RUNNING for 20.0 h since 2026-11-21T10:00:00Z", "at most 9.0 h (start window 60 min"
                + " + completion window 480 min of rule daily-backups of plan arrakis-backup-plan-production)",
                Severity.ERROR).linked(ConsoleLinks.backupJob("us-west-2", "late")));
        assertThat(result.figures()).containsEntry("activeJobs", 2).containsEntry("stuckJobs", 1);
    }

    @Test
    void aJobWhoseRuleThePlansNoLongerHaveFallsBackToTheConfiguredHours() {
        ControlEvaluation evaluation = new StuckJobsControl().start(context());
        evaluation.plan(dailyPlan(60, 480));
        evaluation.job(ofRule(backup("orphan", "vol-9", "RUNNING", 20, -1), "plan-1", "rule-gone"));
        evaluation.job(ofRule(backup("orphan-old", "vol-8", "PENDING", 25, -1), "plan-1", "rule-gone"));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.observed()).startsWith("backup job orphan-old PENDING for 25.0 h");
            assertThat(finding.threshold()).isEqualTo("at most 24 h (its plan rule is not among the plans:"
                    + " STUCK_JOB_HOURS)");
        });
    }

    @Test
    void slowerThanUsualStaysAWarningApartFromStuck() {
        ControlEvaluation evaluation = new StuckJobsControl().start(context());
        evaluation.plan(dailyPlan(60, 480));
        for (int day = 1; day <= 3; day++) {
            evaluation.job(ofRule(backup("d" + day, "vol-1", "COMPLETED", 24.0 * day + 2, 30), "plan-1",
                    "rule-daily"));
        }
        evaluation.job(ofRule(backup("slow", "vol-1", "RUNNING", 2, -1), "plan-1", "rule-daily"));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("job_slower_than_usual", Severity.WARNING));
        assertThat(result.figures()).containsEntry("stuckJobs", 0).containsEntry("slowerThanUsualJobs", 1);
    }

    @Test
    void flagsJobsSlowerThanTheFactorTimesTheResourcesMedianAsWarnings() {
        ControlResult result = run(backup("d1", "vol-1", "COMPLETED", 72, 60),
                backup("d2", "vol-1", "COMPLETED", 48, 90),
                backup("d3", "vol-1", "COMPLETED", 24.5, 120),
                backup("now", "vol-1", "RUNNING", 5, -1));

        assertThat(result.findings()).containsExactly(new Finding(ControlId.STUCK_JOBS, "us-west-2", "123456789012",
                Fixtures.arn("EBS", "vol-1"), "", "EBS", "job_slower_than_usual",
                "backup job now RUNNING for 5.0 h since 2026-11-22T01:00:00Z",
                "at most 3.0 x median 1.5 h of 3 completed jobs in 14 days", Severity.WARNING)
                .linked(ConsoleLinks.backupJob("us-west-2", "now")));
    }

    @Test
    void needsThreeCompletedRunsBeforeJudgingByTheMedian() {
        ControlResult result = run(backup("d1", "vol-1", "COMPLETED", 72, 10),
                backup("d2", "vol-1", "COMPLETED", 48, 10),
                backup("now", "vol-1", "RUNNING", 5, -1));

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("activeJobs", 1).containsEntry("slowerThanUsualJobs", 0);
    }

    @Test
    void comparesOnlyWithTheSameKindOfJobForTheSameResource() {
        ControlResult result = run(job(JobKind.COPY, "c1", "vol-1", "COMPLETED", 72, 5, ""),
                job(JobKind.COPY, "c2", "vol-1", "COMPLETED", 48, 5, ""),
                job(JobKind.COPY, "c3", "vol-1", "COMPLETED", 30, 5, ""),
                backup("now", "vol-1", "RUNNING", 3, -1));

        assertThat(result.findingsTotal()).isZero();
    }

    @Test
    void anAccountWithNoJobsHasNothingStuck() {
        ControlResult result = run();

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("activeJobs", 0).containsEntry("stuckJobs", 0);
        assertThat(result.resources()).isEmpty();
    }

    @Test
    void theMedianOfAnEvenNumberOfSamplesIsTheMeanOfTheMiddleTwo() {
        DurationSamples samples = new DurationSamples();
        for (long seconds : new long[] {40, 10, 30, 20}) {
            samples.add(seconds);
        }
        assertThat(samples.medianSeconds()).isEqualTo(25.0);
        assertThat(samples.count()).isEqualTo(4);
    }

    @Test
    void keepsABoundedSampleOfManyDurations() {
        DurationSamples samples = new DurationSamples();
        for (int i = 0; i < 100_000; i++) {
            samples.add(100);
        }
        assertThat(samples.count()).isEqualTo(100_000);
        assertThat(samples.medianSeconds()).isEqualTo(100.0);
    }
}
