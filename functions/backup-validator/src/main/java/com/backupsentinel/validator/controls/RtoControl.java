package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Control 5: the latest completed restore of every protected resource (restore-testing jobs included) took at
 * most {@code rtoTargetMinutes} (ERROR beyond). Protected resources never restored at all are listed (WARNING),
 * and so are those whose restores never completed (WARNING, naming the latest one). Restore jobs are read as far
 * back as AWS Backup keeps them, not just over the window.
 */
public final class RtoControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.RTO;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<String, String> resourceTypes = new LinkedHashMap<>();
        private final Map<String, JobRecord> latestCompleted = new HashMap<>();
        private final Map<String, JobRecord> latestAny = new HashMap<>();
        private final Map<String, Boolean> tested = new HashMap<>();

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.RTO, context.region());
        }

        @Override
        public void protectedResource(ProtectedResourceRecord resource) {
            resourceTypes.putIfAbsent(resource.arn(), resource.resourceType());
        }

        @Override
        public void job(JobRecord job) {
            if (job.kind() != JobKind.RESTORE) {
                return;
            }
            resourceTypes.putIfAbsent(job.resourceArn(), job.resourceType());
            latestAny.merge(job.resourceArn(), job, (a, b) -> a.creationDate().isAfter(b.creationDate()) ? a : b);
            if (job.isCompleted() && job.completionDate().isPresent()) {
                latestCompleted.merge(job.resourceArn(), job, (a, b) -> finished(a).isAfter(finished(b)) ? a : b);
                if (!job.testingPlan().isBlank()) {
                    tested.put(job.resourceArn(), true);
                }
            }
        }

        private static Instant finished(JobRecord job) {
            return job.completionDate().orElse(job.creationDate());
        }

        @Override
        public ControlResult finish() {
            int target = context.settings().rtoTargetMinutes();
            Duration limit = Duration.ofMinutes(target);
            String threshold = "a restore completed within " + target + " min";
            int exceeded = 0;
            int neverRestored = 0;
            int neverCompleted = 0;
            long slowestSeconds = -1;
            for (Map.Entry<String, String> entry : resourceTypes.entrySet()) {
                String arn = entry.getKey();
                String type = entry.getValue();
                JobRecord restore = latestCompleted.get(arn);
                JobRecord any = latestAny.get(arn);
                String account = any == null ? ArnParts.account(arn) : any.accountId();
                ledger.evaluated(arn, type, account);
                if (any == null) {
                    neverRestored++;
                    ledger.finding(arn, type, account, "never_restore_tested", "no restore job", threshold,
                            Severity.WARNING);
                } else if (restore == null) {
                    neverCompleted++;
                    ledger.finding(arn, type, account, "no_completed_restore", "no restore job completed; latest "
                            + describe(any) + " " + any.state() + " (created " + Formats.instant(any.creationDate())
                            + ")", threshold, Severity.WARNING);
                } else {
                    Duration took = restore.runTime(context.window().now());
                    slowestSeconds = Math.max(slowestSeconds, took.toSeconds());
                    if (took.compareTo(limit) > 0) {
                        exceeded++;
                        ledger.finding(arn, type, account, "rto_target", describe(restore) + " took "
                                        + Formats.minutesText(took) + " (finished " + Formats.instant(finished(restore))
                                        + ")", "at most " + target + " min", Severity.ERROR);
                    }
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("protectedResources", resourceTypes.size());
            figures.put("restoredResources", latestAny.size());
            figures.put("restoreCompletedResources", latestCompleted.size());
            figures.put("restoreTestingResources", tested.size());
            figures.put("neverRestoreTested", neverRestored);
            figures.put("noCompletedRestore", neverCompleted);
            figures.put("rtoExceeded", exceeded);
            if (slowestSeconds >= 0) {
                figures.put("slowestRestoreMinutes", Formats.minutes(Duration.ofSeconds(slowestSeconds)));
            }
            return ledger.result(figures, null);
        }

        private static String describe(JobRecord restore) {
            return (restore.testingPlan().isBlank() ? "restore job " : "restore testing job ") + restore.jobId();
        }
    }
}
