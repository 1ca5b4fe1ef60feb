package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.copyTo;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static com.backupsentinel.validator.controls.Fixtures.plan;
import static com.backupsentinel.validator.controls.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import java.util.List;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CopiesControlTest {

    private static final String DAILY = "cron(0 1 * * ? *)";

    private static ControlResult run(List<PlanRecord> plans, JobRecord... jobs) {
        ControlEvaluation evaluation = new CopiesControl().start(context());
        plans.forEach(evaluation::plan);
        for (JobRecord job : jobs) {
            evaluation.job(job);
        }
        return evaluation.finish();
    }

    @Test
    void stagingAndProductionPlansCopyToTheReplicaRegionAndDevelopmentNeedNot() {
        PlanRecord production = plan("arrakis-backup-plan-production", List.of(rule("daily", DAILY, 90,
                OptionalLong.empty(), copyTo("us-east-1", "123456789012"))));
        PlanRecord staging = plan("arrakis-backup-plan-staging", List.of(rule("daily", DAILY, 30,
                OptionalLong.empty(), copyTo("eu-west-1", "123456789012"))));
        PlanRecord development = plan("arrakis-backup-plan-development", List.of(rule("daily", DAILY, 7,
                OptionalLong.empty())));

        ControlResult result = run(List.of(production, staging, development),
                job(JobKind.COPY, "c1", "vol-1", "COMPLETED", 3, 20, ""));

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed, Finding::threshold).containsExactly(
                Tuple.tuple("cross_region_copy_rule", "plan arrakis-backup-plan-staging copies to"
                        + " arn:aws:backup:eu-west-1:123456789012:backup-vault:replica", "a copy action to us-east-1"));
        assertThat(result.figures()).containsEntry("plansRequiringCopies", 2).containsEntry("plansCopyingCrossRegion", 2)
                .containsEntry("copyJobs", 1L).containsEntry("copyJobsCompleted", 1L).containsEntry("copyJobsFailed", 0L);
    }

    @Test
    void failedCopyJobsAndPlansWhoseCopiesNeverCompleteAreErrors() {
        PlanRecord production = plan("arrakis-backup-plan-production", List.of(rule("daily", DAILY, 90,
                OptionalLong.empty(), copyTo("us-east-1", "123456789012"))));

        ControlResult result = run(List.of(production),
                job(JobKind.COPY, "c1", "vol-1", "FAILED", 3, 20, "Destination vault is not accessible"),
                job(JobKind.COPY, "c2", "vol-2", "COMPLETED", 30, 20, ""));

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed).containsExactly(
                Tuple.tuple("copy_job_completed", "copy job c1 to arn:aws:backup:us-east-1:123456789012:backup-vault:"
                        + "replica FAILED: Destination vault is not accessible"),
                Tuple.tuple("copy_jobs_succeeding", "plan arrakis-backup-plan-production has cross-region copy rules"
                        + " but no copy job completed in the last 24.0 h"));
    }

    @Test
    void noPlansAndNoCopiesIsCompliant() {
        ControlResult result = run(List.of());

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("copyJobs", 0L);
    }
}
