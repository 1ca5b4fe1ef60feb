package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control 2: jobs still under way (CREATED, PENDING, RUNNING, ABORTING) for longer than {@code stuckJobHours}
 * (ERROR), or for longer than {@code stuckJobMedianFactor} times the median duration of the same resource's
 * completed jobs of that kind over the last 14 days (WARNING; needs at least {@value #MIN_SAMPLES} of them).
 * Audit Manager has no such check.
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
        private final List<JobRecord> active = new ArrayList<>();

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.STUCK_JOBS, context.region());
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
            Duration threshold = Duration.ofHours(context.settings().stuckJobHours());
            double factor = context.settings().stuckJobMedianFactor();
            int stuck = 0;
            int slow = 0;
            for (JobRecord job : active) {
                ledger.evaluated(job.resourceArn(), job.resourceType(), job.accountId());
                Duration running = job.runTime(now);
                String observed = job.kind().wireName() + " job " + job.jobId() + " " + job.state() + " for "
                        + Formats.hoursText(running) + " since " + Formats.instant(job.creationDate());
                DurationSamples samples = durations.get(key(job));
                if (running.compareTo(threshold) > 0) {
                    stuck++;
                    ledger.finding(job.resourceArn(), job.resourceType(), job.accountId(), "job_running_too_long",
                            observed, "at most " + context.settings().stuckJobHours() + " h", Severity.ERROR);
                } else if (samples != null && samples.count() >= MIN_SAMPLES
                        && running.toSeconds() > factor * samples.medianSeconds()) {
                    slow++;
                    Duration median = Duration.ofSeconds(Math.round(samples.medianSeconds()));
                    ledger.finding(job.resourceArn(), job.resourceType(), job.accountId(),
                            "job_slower_than_usual", observed, "at most " + Formats.decimal(factor)
                                    + " x median " + Formats.hoursText(median) + " of " + samples.count()
                                    + " completed jobs in 14 days", Severity.WARNING);
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
