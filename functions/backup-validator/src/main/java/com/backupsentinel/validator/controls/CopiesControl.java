package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Control 9: staging and production plans copy to {@code REPLICA_REGION} (and to {@code REPLICA_ACCOUNT_ID} when
 * set), and copy jobs really succeed: every copy job created in the window that ended without completing is an ERROR,
 * and a plan with a cross-region copy rule but no completed copy job in the window is one too.
 */
public final class CopiesControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.COPIES;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final List<PlanRecord> copyingPlans = new ArrayList<>();
        private int plansRequiringCopies;
        private long copyJobs;
        private long completed;
        private long failed;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.COPIES, context.region());
        }

        @Override
        public void plan(PlanRecord plan) {
            List<CopyActionRecord> copies = plan.rules().stream().flatMap(rule -> rule.copyActions().stream())
                    .filter(copy -> !copy.destinationRegion().equals(context.region())).toList();
            if (!copies.isEmpty()) {
                copyingPlans.add(plan);
            }
            if (!EnvironmentNames.of(plan.name(), context.settings().environment()).crossRegionCopies()) {
                return;
            }
            plansRequiringCopies++;
            String account = ArnParts.account(plan.arn());
            ledger.evaluated(plan.arn(), "BackupPlan", account);
            String replica = context.settings().replicaRegion();
            if (copies.stream().noneMatch(copy -> copy.destinationRegion().equals(replica))) {
                ledger.finding(plan.arn(), "BackupPlan", account, "cross_region_copy_rule", "plan " + plan.name()
                        + " copies to " + destinations(copies), "a copy action to " + replica, Severity.ERROR);
            }
            Optional<String> replicaAccount = context.settings().replicaAccountId();
            if (replicaAccount.isPresent()
                    && copies.stream().noneMatch(copy -> copy.destinationAccount().equals(replicaAccount.get()))) {
                ledger.finding(plan.arn(), "BackupPlan", account, "cross_account_copy_rule", "plan " + plan.name()
                        + " copies to " + destinations(copies), "a copy action to account " + replicaAccount.get(),
                        Severity.ERROR);
            }
        }

        private static String destinations(List<CopyActionRecord> copies) {
            return copies.isEmpty() ? "no other region" : String.join(", ",
                    copies.stream().map(CopyActionRecord::destinationVaultArn).distinct().toList());
        }

        @Override
        public void job(JobRecord job) {
            if (job.kind() != JobKind.COPY || !job.createdIn(context.window().start(), context.window().end())) {
                return;
            }
            copyJobs++;
            ledger.evaluated(job.resourceArn(), job.resourceType(), job.accountId());
            if (job.isCompleted()) {
                completed++;
            } else if (job.isFinished()) {
                failed++;
                String message = job.statusMessage().isBlank() ? "" : ": " + job.statusMessage();
                ledger.finding(job.resourceArn(), job.resourceType(), job.accountId(), "copy_job_completed",
                        "copy job " + job.jobId() + " to " + job.destination() + " " + job.state() + message,
                        "COMPLETED", Severity.ERROR);
            }
        }

        @Override
        public ControlResult finish() {
            if (completed == 0) {
                for (PlanRecord plan : copyingPlans) {
                    String account = ArnParts.account(plan.arn());
                    ledger.evaluated(plan.arn(), "BackupPlan", account);
                    ledger.finding(plan.arn(), "BackupPlan", account, "copy_jobs_succeeding", "plan " + plan.name()
                                    + " has cross-region copy rules but no copy job completed in the last "
                                    + Formats.hoursText(context.window().length()),
                            "at least one completed copy job in the window", Severity.ERROR);
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("plansRequiringCopies", plansRequiringCopies);
            figures.put("plansCopyingCrossRegion", copyingPlans.size());
            figures.put("copyJobs", copyJobs);
            figures.put("copyJobsCompleted", completed);
            figures.put("copyJobsFailed", failed);
            return ledger.result(figures, null);
        }
    }
}
