package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Control 5: the latest completed restore of every protected resource (restore-testing jobs included) took at
 * most {@code rtoTargetMinutes} (ERROR beyond). Protected resources never restored at all are listed (WARNING),
 * and so are those whose restores never completed (WARNING, naming the latest one). A restore counts for the
 * protected resource it restored: AWS's SourceResourceArn, else the restored recovery point's resource (the evaluator
 * attributes those before they arrive); the restored copy (CreatedResourceArn) is never a protected resource, and a
 * restore that cannot be attributed is counted, not guessed. Protected resources are those ListProtectedResources
 * returns plus any resource with a recovery point in the region's vaults. Restore jobs are read as far back as AWS
 * Backup keeps them, not just over the window.
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
        private final Set<String> tested = new HashSet<>();
        private final Set<String> restoredCopies = new HashSet<>();
        private final Map<String, Long> attributions = new LinkedHashMap<>();

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.RTO, context.region());
            for (String how : new String[] {JobDetails.FROM_SOURCE_ARN, JobDetails.FROM_VAULT_LISTING,
                JobDetails.FROM_DESCRIBE, ""}) {
                attributions.put(how, 0L);
            }
        }

        @Override
        public void protectedResource(ProtectedResourceRecord resource) {
            resourceTypes.putIfAbsent(resource.arn(), resource.resourceType());
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            resourceTypes.putIfAbsent(point.resourceArn(), point.resourceType());
        }

        @Override
        public void job(JobRecord job) {
            if (job.kind() != JobKind.RESTORE) {
                return;
            }
            if (!job.details().createdResourceArn().isBlank()) {
                restoredCopies.add(job.details().createdResourceArn());
            }
            String how = job.resourceArn().isBlank() ? "" : job.details().attribution();
            attributions.merge(how.isBlank() && !job.resourceArn().isBlank() ? JobDetails.FROM_SOURCE_ARN : how, 1L,
                    Long::sum);
            if (job.resourceArn().isBlank()) {
                return;
            }
            latestAny.merge(job.resourceArn(), job, (a, b) -> a.creationDate().isAfter(b.creationDate()) ? a : b);
            if (job.isCompleted() && job.completionDate().isPresent()) {
                latestCompleted.merge(job.resourceArn(), job, (a, b) -> finished(a).isAfter(finished(b)) ? a : b);
                if (!job.testingPlan().isBlank()) {
                    tested.add(job.resourceArn());
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
            int evaluated = 0;
            long slowestSeconds = -1;
            restoredCopies.forEach(resourceTypes::remove);
            for (Map.Entry<String, String> entry : resourceTypes.entrySet()) {
                String arn = entry.getKey();
                String type = entry.getValue();
                JobRecord restore = latestCompleted.get(arn);
                JobRecord any = latestAny.get(arn);
                String account = any == null ? ArnParts.account(arn) : any.accountId();
                ledger.evaluated(arn, type, account);
                evaluated++;
                if (any == null) {
                    neverRestored++;
                    ledger.finding(arn, type, account, "never_restore_tested", "no restore job", threshold,
                            Severity.WARNING);
                } else if (restore == null) {
                    neverCompleted++;
                    ledger.finding(arn, type, account, "no_completed_restore", "no restore job completed; latest "
                            + describe(any) + " " + any.state() + " (created " + Formats.instant(any.creationDate())
                            + ")", threshold, Severity.WARNING, ConsoleLinks.restoreJob(context.region(), any.jobId()));
                } else {
                    Duration took = restore.runTime(context.window().now());
                    slowestSeconds = Math.max(slowestSeconds, took.toSeconds());
                    if (took.compareTo(limit) > 0) {
                        exceeded++;
                        ledger.finding(arn, type, account, "rto_target", describe(restore) + " took "
                                        + Formats.minutesText(took) + " (finished " + Formats.instant(finished(restore))
                                        + ")", "at most " + target + " min", Severity.ERROR,
                                ConsoleLinks.restoreJob(context.region(), restore.jobId()));
                    }
                }
            }
            long outside = latestAny.keySet().stream().filter(arn -> !resourceTypes.containsKey(arn)).count();
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("protectedResources", evaluated);
            figures.put("restoredResources", (int) (latestAny.size() - outside));
            figures.put("restoreCompletedResources", (int) latestCompleted.keySet().stream()
                    .filter(resourceTypes::containsKey).count());
            figures.put("restoreTestingResources", (int) tested.stream().filter(resourceTypes::containsKey).count());
            figures.put("neverRestoreTested", neverRestored);
            figures.put("noCompletedRestore", neverCompleted);
            figures.put("rtoExceeded", exceeded);
            figures.put("restoresAttributedBySourceArn", attributions.get(JobDetails.FROM_SOURCE_ARN));
            figures.put("restoresAttributedByVaultListing", attributions.get(JobDetails.FROM_VAULT_LISTING));
            figures.put("restoresAttributedByDescribe", attributions.get(JobDetails.FROM_DESCRIBE));
            figures.put("restoresNotAttributed", attributions.get(""));
            figures.put("restoredResourcesNotProtectedHere", (int) outside);
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
