package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.backup;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
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
