package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.BackupEventDetail;
import com.backupsentinel.shared.events.BackupFacts;
import com.backupsentinel.shared.events.BackupJobStateChange;
import com.backupsentinel.shared.events.BackupPlanStateChange;
import com.backupsentinel.shared.events.CopyJobStateChange;
import com.backupsentinel.shared.events.DetailType;
import com.backupsentinel.shared.events.RecoveryPointStateChange;
import com.backupsentinel.shared.events.RestoreJobStateChange;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the gaps in an event with AWS Backup's own description of the job or recovery point, when the event
 * lacks facts an engineer needs (status message, message category, resource, size, times, plan name), and names
 * the plan of a plan event. A failed
 * look-up does not stop the alert: it is recorded so the alert can say which look-up failed and why. An event a
 * member account forwarded is looked up in that account ({@link AccountLookups}), and its alert names the account
 * by its alias where it can be read.
 */
final class Enricher {

    private static final Logger LOG = LoggerFactory.getLogger(Enricher.class);

    private final AccountLookups lookups;
    private final MetricsRecorder metrics;

    Enricher(BackupLookup lookup, MetricsRecorder metrics) {
        this(AccountLookups.home(lookup), metrics);
    }

    Enricher(AccountLookups lookups, MetricsRecorder metrics) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    AlertFacts enrich(AwsBackupEvent event) {
        AlertFacts facts = enrichFromBackup(event, lookups.backup(event.envelope()));
        return lookups.accountAlias(event.envelope()).map(alias -> facts.withExtra(new Fact("Account alias", alias)))
                .orElse(facts);
    }

    private AlertFacts enrichFromBackup(AwsBackupEvent event, BackupLookup lookup) {
        BackupEventDetail detail = event.detail();
        if (detail instanceof BackupPlanStateChange plan) {
            return enrichPlan(event, plan, lookup);
        }
        Optional<BackupFacts> facts = factsOf(detail);
        if (facts.isEmpty() || missingFacts(detail.type().orElseThrow(), facts.get()).isEmpty()) {
            return AlertFactsAssembler.assemble(event, Optional.empty(), Optional.empty());
        }
        try {
            JobDescription description = describe(detail, lookup).get();
            return AlertFactsAssembler.assemble(event, Optional.of(description), Optional.empty());
        } catch (LookupFailedException e) {
            return AlertFactsAssembler.assemble(event, Optional.empty(), Optional.of(failed(event, e)));
        }
    }

    /** Plan events carry only the plan's id: its name comes from GetBackupPlan. */
    private AlertFacts enrichPlan(AwsBackupEvent event, BackupPlanStateChange plan, BackupLookup lookup) {
        try {
            String name = lookup.backupPlanName(plan.backupPlanId(), plan.versionId());
            JobDescription named = new JobDescription(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(plan.backupPlanId()), Optional.of(name));
            return AlertFactsAssembler.assemble(event, Optional.of(named), Optional.empty());
        } catch (LookupFailedException e) {
            return AlertFactsAssembler.assemble(event, Optional.empty(), Optional.of(failed(event, e)));
        }
    }

    private EnrichmentFailure failed(AwsBackupEvent event, LookupFailedException e) {
        metrics.count(NotifierMetrics.ENRICHMENT_FAILURES, 1, Map.of(NotifierMetrics.OPERATION, e.operation()));
        LOG.warn("Enrichment failed; the alert goes out with the event's own facts",
                entry("eventId", event.envelope().id()), entry("operation", e.operation()),
                entry("reason", e.reason()));
        return new EnrichmentFailure(e.operation(), e.reason());
    }

    /** Which facts an engineer needs that the event does not carry; empty when no look-up is needed. */
    static List<String> missingFacts(DetailType type, BackupFacts facts) {
        List<String> missing = new ArrayList<>();
        boolean job = type != DetailType.RECOVERY_POINT;
        if (job && type != DetailType.RESTORE_JOB && facts.messageCategory().isEmpty()) {
            missing.add("messageCategory");
        }
        if (facts.resourceArn().isEmpty() || facts.resourceType().isEmpty()) {
            missing.add("resource");
        }
        if (type != DetailType.RESTORE_JOB && facts.resourceName().isEmpty()) {
            missing.add("resourceName");
        }
        if (facts.backupVaultName().isEmpty()) {
            missing.add("backupVault");
        }
        if (facts.backupSizeInBytes().isEmpty()) {
            missing.add("backupSizeInBytes");
        }
        if (facts.createdBy().isPresent()) {
            missing.add("backupPlanName");
        }
        if (AlertFactsAssembler.FINISHED.contains(facts.state()) && facts.completionDate().isEmpty()) {
            missing.add("completionDate");
        }
        if (facts.state().equals("RUNNING") && facts.expectedCompletionDate().isEmpty()) {
            missing.add("expectedCompletionDate");
        }
        return List.copyOf(missing);
    }

    private static Supplier<JobDescription> describe(BackupEventDetail detail, BackupLookup lookup) {
        if (detail instanceof BackupJobStateChange job) {
            return () -> lookup.describeBackupJob(job.backupJobId());
        }
        if (detail instanceof CopyJobStateChange copy) {
            return () -> lookup.describeCopyJob(copy.copyJobId());
        }
        if (detail instanceof RestoreJobStateChange restore) {
            return () -> lookup.describeRestoreJob(restore.restoreJobId());
        }
        RecoveryPointStateChange point = (RecoveryPointStateChange) detail;
        Optional<String> vault = point.facts().backupVaultName();
        if (vault.isEmpty()) {
            return () -> {
                throw new LookupFailedException("DescribeRecoveryPoint",
                        "not attempted: the event names no backup vault", null);
            };
        }
        return () -> lookup.describeRecoveryPoint(vault.get(), point.recoveryPointArn());
    }

    static Optional<BackupFacts> factsOf(BackupEventDetail detail) {
        if (detail instanceof BackupJobStateChange job) {
            return Optional.of(job.facts());
        }
        if (detail instanceof CopyJobStateChange copy) {
            return Optional.of(copy.facts());
        }
        if (detail instanceof RestoreJobStateChange restore) {
            return Optional.of(restore.facts());
        }
        if (detail instanceof RecoveryPointStateChange point) {
            return Optional.of(point.facts());
        }
        return Optional.empty();
    }
}
