package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.RuleWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control 2: a job still under way (CREATED, PENDING, RUNNING, ABORTING) past what it is allowed is stuck (ERROR):
 * a backup job of a plan rule past the rule's StartWindowMinutes + CompletionWindowMinutes (found through the job's
 * CreatedBy.BackupPlanId and BackupRuleId), any other job (on-demand, copy, restore, or a rule the plans no longer
 * have) past {@code stuckJobHours}. Separately and lower (WARNING), a job not stuck but running longer than
 * {@code stuckJobMedianFactor} times the median duration of the same resource's completed jobs of that kind over
 * the last 14 days (at least {@value #MIN_SAMPLES} of them) is slower than usual. Audit Manager has no such check.
 */
public final class StuckJobsControl implements Control {

    static final int MIN_SAMPLES = 3;

    @Override
    public ControlId id() {
        return ControlId.STUCK_JOBS;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<String, DurationSamples> durations = new HashMap<>();
        private final Map<String, RuleWindows> windows = new HashMap<>();
        private final Map<String, String> ruleNames = new HashMap<>();
        private final List<JobRecord> active = new ArrayList<>();

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.STUCK_JOBS, context.region());
        }

        @Override
        public void plan(PlanRecord plan) {
            for (RuleRecord rule : plan.rules()) {
                String key = plan.id() + " " + rule.windows().ruleId();
                windows.put(key, rule.windows());
                ruleNames.put(key, "rule " + rule.name() + " of plan " + plan.name());
            }
        }

        @Override
        public void job(JobRecord job) {
            if (job.isActive()) {
                active.add(job);
                return;
            }
            Instant now = context.window().now();
            if (job.isCompleted() && job.completionDate().isPresent()
                    && !job.creationDate().isBefore(now.minus(EvaluationWindow.MINIMUM_HISTORY))) {
                durations.computeIfAbsent(key(job), k -> new DurationSamples())
                        .add(job.runTime(now).toSeconds());
            }
        }

        private static String key(JobRecord job) {
            return job.kind().name() + " " + job.resourceArn();
        }

        @Override
        public ControlResult finish() {
            Instant now = context.window().now();
            double factor = context.settings().stuckJobMedianFactor();
            int stuck = 0;
            int slow = 0;
            for (JobRecord job : active) {
                String resource = job.resourceArn().isBlank() ? job.details().recoveryPointArn() : job.resourceArn();
                ledger.evaluated(resource, job.resourceType(), job.accountId());
                Duration running = job.runTime(now);
                String observed = job.kind().wireName() + " job " + job.jobId() + " " + job.state() + " for "
                        + Formats.hoursText(running) + " since " + Formats.instant(job.creationDate());
                String link = ConsoleLinks.job(context.region(), job.kind().wireName(), job.jobId());
                String ruleKey = job.details().backupPlanId() + " " + job.details().backupRuleId();
                RuleWindows allowed = job.kind() == JobKind.BACKUP && job.details().fromPlan()
                        ? windows.get(ruleKey) : null;
                Duration limit = allowed != null ? allowed.allowed()
                        : Duration.ofHours(context.settings().stuckJobHours());
                DurationSamples samples = durations.get(key(job));
                if (running.compareTo(limit) > 0) {
                    stuck++;
                    String threshold = allowed != null ? "at most " + Formats.hoursText(limit) + " (start window "
                            + allowed.startWindowMinutes() + " min + completion window "
                            + allowed.completionWindowMinutes() + " min of " + ruleNames.get(ruleKey) + ")"
                            : "at most " + context.settings().stuckJobHours() + " h ("
                            + (job.details().fromPlan() ? "its plan rule is not among the plans" : "no plan rule")
                            + ": STUCK_JOB_HOURS)";
                    ledger.finding(resource, job.resourceType(), job.accountId(), "job_stuck", observed, threshold,
                            Severity.ERROR, link);
                } else if (samples != null && samples.count() >= MIN_SAMPLES
                        && running.toSeconds() > factor * samples.medianSeconds()) {
                    slow++;
                    Duration median = Duration.ofSeconds(Math.round(samples.medianSeconds()));
                    ledger.finding(resource, job.resourceType(), job.accountId(),
                            "job_slower_than_usual", observed, "at most " + Formats.decimal(factor)
                                    + " x median " + Formats.hoursText(median) + " of " + samples.count()
                                    + " completed jobs in 14 days", Severity.WARNING, link);
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("activeJobs", active.size());
            figures.put("stuckJobs", stuck);
            figures.put("slowerThanUsualJobs", slow);
            return ledger.result(figures, null);
        }
    }
}
