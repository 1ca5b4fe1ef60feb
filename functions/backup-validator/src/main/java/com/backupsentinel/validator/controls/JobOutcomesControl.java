package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Control 1: how backup, copy and restore jobs ended over the window, with "completed with issues" apart from
 * clean success, broken down by resource type, vault and account. A job belongs to the window when it was created
 * in it (as AWS's ByCreatedAfter/ByCreatedBefore filters and Audit Manager's job reports count); a job created
 * earlier and still under way is the stuck-jobs control's business. Every job that ended without completing is
 * an ERROR finding named after its state (failed, expired, aborted and partial are kept apart everywhere); every job
 * completed with issues a WARNING. A state AWS Backup does not document (it adds values over time) counts as failed
 * and gets one explicit finding per value. Backup jobs are also counted per day of creation over the whole history,
 * for the daily chart.
 */
public final class JobOutcomesControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.JOB_OUTCOMES;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<JobKind, KindTally> kinds = new EnumMap<>(JobKind.class);
        private final Map<LocalDate, OutcomeTally> daily = new TreeMap<>();
        private final UnknownValues unknown = new UnknownValues("treated as failed");

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.JOB_OUTCOMES, context.region());
            for (JobKind kind : JobKind.values()) {
                kinds.put(kind, new KindTally());
            }
            EvaluationWindow window = context.window();
            for (LocalDate day = window.historyStart().atZone(window.zone()).toLocalDate();
                 !day.isAfter(window.end().atZone(window.zone()).toLocalDate()); day = day.plusDays(1)) {
                daily.put(day, new OutcomeTally());
            }
        }

        @Override
        public void job(JobRecord job) {
            EvaluationWindow window = context.window();
            if (job.kind() == JobKind.BACKUP && window.inHistory(job.creationDate())) {
                daily.computeIfAbsent(job.creationDate().atZone(window.zone()).toLocalDate(), d -> new OutcomeTally())
                        .add(job);
            }
            if (!job.createdIn(window.start(), window.end())) {
                return;
            }
            kinds.get(job.kind()).add(job);
            String resource = job.resourceArn().isBlank() ? job.details().recoveryPointArn() : job.resourceArn();
            ledger.evaluated(resource, job.resourceType(), job.accountId());
            String kind = job.kind().wireName();
            String link = ConsoleLinks.job(context.region(), kind, job.jobId());
            if (!job.isKnownState()) {
                unknown.report(ledger, context.region(), kind + " job State", job.state(), job.jobId());
            }
            if (job.isFinished() && !job.isCompleted()) {
                String state = job.isKnownState() ? job.state().toLowerCase(Locale.ROOT) : "failed";
                ledger.finding(resource, job.resourceType(), job.accountId(), kind + "_job_" + state, describe(job),
                        "COMPLETED", Severity.ERROR, link);
            } else if (job.isCompletedWithIssues()) {
                ledger.finding(resource, job.resourceType(), job.accountId(),
                        kind + "_job_completed_with_issues", describe(job), "COMPLETED without issues",
                        Severity.WARNING, link);
            }
        }

        private static String describe(JobRecord job) {
            String message = job.statusMessage().isBlank() ? "" : ": " + job.statusMessage();
            return job.kind().wireName() + " job " + job.jobId() + " " + job.state() + message;
        }

        @Override
        public ControlResult finish() {
            List<KindOutcome> outcomes = new ArrayList<>();
            Map<String, Number> figures = new LinkedHashMap<>();
            for (Map.Entry<JobKind, KindTally> entry : kinds.entrySet()) {
                KindOutcome outcome = entry.getValue().outcome(entry.getKey());
                outcomes.add(outcome);
                OutcomeCounts totals = outcome.totals();
                String prefix = entry.getKey().wireName();
                figures.put(prefix + "Jobs", totals.total());
                figures.put(prefix + "Completed", totals.completed());
                figures.put(prefix + "CompletedWithIssues", totals.completedWithIssues());
                figures.put(prefix + "Failed", totals.failed());
                figures.put(prefix + "Expired", totals.expired());
                figures.put(prefix + "Aborted", totals.aborted());
                figures.put(prefix + "Partial", totals.partial());
                figures.put(prefix + "Active", totals.active());
                if (totals.successRatePercent() != null) {
                    figures.put(prefix + "SuccessRatePercent", totals.successRatePercent());
                }
            }
            List<OutcomeCounts> days = new ArrayList<>();
            daily.forEach((day, tally) -> days.add(tally.counts(day.toString())));
            return ledger.result(figures, new JobOutcomes(outcomes, days));
        }
    }

    /** Counts for one job kind: totals, per state and per resource type, vault and account. */
    private static final class KindTally {

        private final OutcomeTally totals = new OutcomeTally();
        private final Map<String, Long> byState = new TreeMap<>();
        private final Map<String, OutcomeTally> byType = new TreeMap<>();
        private final Map<String, OutcomeTally> byVault = new TreeMap<>();
        private final Map<String, OutcomeTally> byAccount = new TreeMap<>();

        void add(JobRecord job) {
            totals.add(job);
            byState.merge(job.state(), 1L, Long::sum);
            byType.computeIfAbsent(orUnknown(job.resourceType()), k -> new OutcomeTally()).add(job);
            byVault.computeIfAbsent(orUnknown(job.vaultName()), k -> new OutcomeTally()).add(job);
            byAccount.computeIfAbsent(orUnknown(job.accountId()), k -> new OutcomeTally()).add(job);
        }

        KindOutcome outcome(JobKind kind) {
            return new KindOutcome(kind, totals.counts(kind.wireName()), byState, slices(byType), slices(byVault),
                    slices(byAccount));
        }

        private static String orUnknown(String key) {
            return key.isBlank() ? "(unknown)" : key;
        }

        private static List<OutcomeCounts> slices(Map<String, OutcomeTally> tallies) {
            List<OutcomeCounts> slices = new ArrayList<>();
            tallies.forEach((key, tally) -> slices.add(tally.counts(key)));
            return slices;
        }
    }
}
