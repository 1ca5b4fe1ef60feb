package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RestoreTestingControlTest {

    private static final String PLAN = "arn:aws:backup:us-west-2:123456789012:restore-testing-plan:weekly-abc";

    private final ControlEvaluation evaluation = new RestoreTestingControl().start(context());

    private static JobRecord test(String id, String resource, String status, double daysAgo, String validation,
                                  String message) {
        Instant created = Fixtures.NOW.minus(Duration.ofMinutes((long) (daysAgo * 24 * 60)));
        return new JobRecord(JobKind.RESTORE, id, Fixtures.ACCOUNT, arn("RDS", resource), "RDS", "vault-a", status,
                "", "", created, Optional.of(created.plusSeconds(1800)), "", PLAN,
                new JobDetails("", "", "p", "restored", validation, message));
    }

    @Test
    void judgesTheLatestTestOfEachResourceByItsValidationAndAge() {
        evaluation.restoreTestingPlan(new RestoreTestingPlanRecord("weekly", PLAN, "cron(0 4 ? * TUE *)",
                Optional.of(Fixtures.NOW.minus(Duration.ofDays(5))), List.of("RDS")));
        evaluation.job(test("old-pass", "db-1", "COMPLETED", 12, "SUCCESSFUL", ""));
        evaluation.job(test("new-fail", "db-1", "COMPLETED", 5, "FAILED", "3 of 12 tables are empty"));
        evaluation.job(test("pass", "db-2", "COMPLETED", 5, "SUCCESSFUL", ""));
        evaluation.job(test("stale", "db-3", "COMPLETED", 12, "SUCCESSFUL", ""));
        evaluation.job(test("broken", "db-4", "FAILED", 5, "", ""));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).extracting(Finding::resourceArn, Finding::rule, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(arn("RDS", "db-1"), "restore_test_validation_failed", Severity.ERROR),
                        Tuple.tuple(arn("RDS", "db-3"), "restore_test_too_old", Severity.WARNING),
                        Tuple.tuple(arn("RDS", "db-4"), "restore_test_failed", Severity.ERROR));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("restore_test_validation_failed"))
                .singleElement().extracting(Finding::observed).isEqualTo("restore test new-fail (plan weekly-abc,"
                        + " created 2026-11-17T06:00:00Z) validation FAILED: 3 of 12 tables are empty");
        assertThat(result.figures()).containsEntry("restoreTestingPlans", 1).containsEntry("plansNotRunning", 0)
                .containsEntry("testedResources", 4).containsEntry("validationSucceeded", 2L)
                .containsEntry("validationFailed", 1L).containsEntry("testsTooOld", 1L)
                .containsEntry("oldestLatestTestAgeDays", 12L);
    }

    @Test
    void aPlanThatTestsNothingOrHasNotRunLatelyIsAWarning() {
        evaluation.restoreTestingPlan(new RestoreTestingPlanRecord("monthly", PLAN, "cron(0 4 1 * ? *)",
                Optional.empty(), List.of()));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed).containsExactly(
                Tuple.tuple("restore_testing_plan_without_selections", "restore testing plan monthly has no selection,"
                        + " so it tests nothing"),
                Tuple.tuple("restore_testing_plan_not_running", "restore testing plan monthly last ran never"));
        assertThat(result.figures()).containsEntry("plansNotRunning", 1).containsEntry("testedResources", 0);
    }

    @Test
    void aValidationStatusAwsAddedIsReportedAndNotCountedAsPassed() {
        evaluation.job(test("t", "db-1", "COMPLETED", 1, "INCONCLUSIVE", ""));
        ControlResult result = evaluation.finish();

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("unknown_api_value");
            assertThat(finding.observed()).startsWith("unknown restore job ValidationStatus INCONCLUSIVE on 1 item");
        });
        assertThat(result.figures()).containsEntry("validationSucceeded", 0L).containsEntry("validationPending", 1L);
    }
}
