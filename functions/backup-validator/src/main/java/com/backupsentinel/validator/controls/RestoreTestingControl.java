package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Control: restore testing. For every protected resource a restore testing plan has tested, its latest test must
 * have completed (ERROR otherwise), passed validation (a ValidationStatus of FAILED or TIMED_OUT, set by
 * PutRestoreValidationResult or AWS's own checks, is ERROR) and be at most {@code restoreTestMaxAgeDays} old
 * (WARNING). A restore testing plan without selections, or that has not run within that age, is a WARNING. How long
 * the tests took counts for RTO (the rto control reads the same restore jobs).
 */
public final class RestoreTestingControl implements Control {

    private static final Set<String> FAILED_VALIDATION = Set.of("FAILED", "TIMED_OUT");
    private static final Set<String> KNOWN_VALIDATION = Set.of("FAILED", "TIMED_OUT", "SUCCESSFUL", "VALIDATING");

    @Override
    public ControlId id() {
        return ControlId.RESTORE_TESTING;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<String, JobRecord> latest = new HashMap<>();
        private final UnknownValues unknown = new UnknownValues("not counted as passed");
        private int plans;
        private int idlePlans;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.RESTORE_TESTING, context.region());
        }

        private Duration maxAge() {
            return Duration.ofDays(context.settings().restoreTestMaxAgeDays());
        }

        @Override
        public void restoreTestingPlan(RestoreTestingPlanRecord plan) {
            plans++;
            String account = ArnParts.account(plan.arn());
            ledger.evaluated(plan.arn(), "RestoreTestingPlan", account);
            String link = ConsoleLinks.restoreTestingPlan(context.region(), plan.name());
            if (plan.selectionResourceTypes().isEmpty()) {
                ledger.finding(plan.arn(), "RestoreTestingPlan", account, "restore_testing_plan_without_selections",
                        "restore testing plan " + plan.name() + " has no selection, so it tests nothing",
                        "at least one restore testing selection", Severity.WARNING, link);
            }
            Instant oldest = context.window().now().minus(maxAge());
            if (plan.lastExecution().map(at -> at.isBefore(oldest)).orElse(true)) {
                idlePlans++;
                ledger.finding(plan.arn(), "RestoreTestingPlan", account, "restore_testing_plan_not_running",
                        "restore testing plan " + plan.name() + " last ran " + plan.lastExecution()
                                .map(Formats::instant).orElse("never"), "a run in the last "
                                + context.settings().restoreTestMaxAgeDays() + " days", Severity.WARNING, link);
            }
        }

        @Override
        public void job(JobRecord job) {
            if (job.kind() != JobKind.RESTORE || job.testingPlan().isBlank() || job.resourceArn().isBlank()) {
                return;
            }
            latest.merge(job.resourceArn(), job, (a, b) -> a.creationDate().isAfter(b.creationDate()) ? a : b);
        }

        @Override
        public ControlResult finish() {
            Instant now = context.window().now();
            long passed = 0;
            long failedValidation = 0;
            long pending = 0;
            long tooOld = 0;
            long oldestDays = 0;
            for (JobRecord test : latest.values()) {
                String arn = test.resourceArn();
                ledger.evaluated(arn, test.resourceType(), test.accountId());
                String link = ConsoleLinks.restoreJob(context.region(), test.jobId());
                String what = "restore test " + test.jobId() + " (" + planName(test.testingPlan()) + ", created "
                        + Formats.instant(test.creationDate()) + ")";
                String validation = test.details().validationStatus();
                if (!validation.isBlank() && !KNOWN_VALIDATION.contains(validation)) {
                    unknown.report(ledger, context.region(), "restore job ValidationStatus", validation, what);
                }
                if (test.isFinished() && !test.isCompleted()) {
                    ledger.finding(arn, test.resourceType(), test.accountId(), "restore_test_failed", what + " "
                            + test.state() + message(test.statusMessage()), "COMPLETED", Severity.ERROR, link);
                } else if (FAILED_VALIDATION.contains(validation)) {
                    failedValidation++;
                    ledger.finding(arn, test.resourceType(), test.accountId(), "restore_test_validation_failed", what
                            + " validation " + validation + message(test.details().validationMessage()),
                            "validation SUCCESSFUL", Severity.ERROR, link);
                } else if ("SUCCESSFUL".equals(validation)) {
                    passed++;
                } else {
                    pending++;
                }
                long days = Duration.between(test.creationDate(), now).toDays();
                oldestDays = Math.max(oldestDays, days);
                if (Duration.between(test.creationDate(), now).compareTo(maxAge()) > 0) {
                    tooOld++;
                    ledger.finding(arn, test.resourceType(), test.accountId(), "restore_test_too_old", "latest "
                            + what + " is " + days + " days old", "a restore test in the last "
                            + context.settings().restoreTestMaxAgeDays() + " days", Severity.WARNING, link);
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("restoreTestingPlans", plans);
            figures.put("plansNotRunning", idlePlans);
            figures.put("testedResources", latest.size());
            figures.put("validationSucceeded", passed);
            figures.put("validationFailed", failedValidation);
            figures.put("validationPending", pending);
            figures.put("testsTooOld", tooOld);
            figures.put("oldestLatestTestAgeDays", oldestDays);
            return ledger.result(figures, null);
        }

        private static String planName(String arn) {
            int colon = arn.lastIndexOf(':');
            return "plan " + (colon < 0 ? arn : arn.substring(colon + 1));
        }

        private static String message(String text) {
            return text.isBlank() ? "" : ": " + text;
        }
    }
}
