package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.BackupEventDetail;
import com.backupsentinel.shared.events.BackupFacts;
import com.backupsentinel.shared.events.BackupJobStateChange;
import com.backupsentinel.shared.events.BackupPlanStateChange;
import com.backupsentinel.shared.events.BackupVaultStateChange;
import com.backupsentinel.shared.events.CopyJobStateChange;
import com.backupsentinel.shared.events.DetailType;
import com.backupsentinel.shared.events.EventEnvelope;
import com.backupsentinel.shared.events.RecoveryPointStateChange;
import com.backupsentinel.shared.events.RestoreJobStateChange;
import com.backupsentinel.shared.events.UnknownBackupEventDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds {@link AlertFacts} from an event and, where the event is silent, AWS Backup's description. */
final class AlertFactsAssembler {

    /** States that end a job or recovery point's run: only these take an outcome from the look-up. */
    static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "ABORTED", "EXPIRED", "PARTIAL", "STOPPED");

    /** Unmodelled details are shown as JSON up to this many characters. */
    static final int MAX_DETAIL_JSON = 2_000;

    private AlertFactsAssembler() {
    }

    static AlertFacts assemble(AwsBackupEvent event, Optional<JobDescription> description,
                               Optional<EnrichmentFailure> failure) {
        EventEnvelope envelope = event.envelope();
        BackupEventDetail detail = event.detail();
        JobDescription known = description.orElseGet(JobDescription::empty);
        if (detail instanceof BackupJobStateChange job) {
            List<Fact> extras = new ArrayList<>();
            job.facts().bytesTransferred().ifPresent(bytes -> extras.add(
                    new Fact("Bytes transferred", Formats.size(bytes))));
            job.retryCount().ifPresent(count -> extras.add(new Fact("Retry count", Integer.toString(count))));
            return jobLike(envelope, DetailType.BACKUP_JOB, job.backupJobId(), job.facts(), known, extras, failure);
        }
        if (detail instanceof CopyJobStateChange copy) {
            List<Fact> extras = new ArrayList<>();
            copy.destinationBackupVaultArn().ifPresent(arn -> extras.add(new Fact("Destination vault", arn)));
            copy.destinationRecoveryPointArn().ifPresent(arn -> extras.add(
                    new Fact("Destination recovery point", arn)));
            return jobLike(envelope, DetailType.COPY_JOB, copy.copyJobId(), copy.facts(), known, extras, failure);
        }
        if (detail instanceof RestoreJobStateChange restore) {
            List<Fact> extras = new ArrayList<>();
            restore.recoveryPointArn().ifPresent(arn -> extras.add(new Fact("Recovery point", arn)));
            restore.createdResourceArn().ifPresent(arn -> extras.add(new Fact("Created resource", arn)));
            return jobLike(envelope, DetailType.RESTORE_JOB, restore.restoreJobId(), restore.facts(), known, extras,
                    failure);
        }
        if (detail instanceof RecoveryPointStateChange point) {
            return recoveryPoint(envelope, point, known, failure);
        }
        if (detail instanceof BackupVaultStateChange vault) {
            return vault(envelope, vault);
        }
        if (detail instanceof BackupPlanStateChange plan) {
            return plan(envelope, plan, known.backupPlanName(), failure);
        }
        return unknown(envelope, (UnknownBackupEventDetail) detail);
    }

    private static AlertFacts recoveryPoint(EventEnvelope envelope, RecoveryPointStateChange point,
                                            JobDescription known, Optional<EnrichmentFailure> failure) {
        List<Fact> extras = new ArrayList<>();
        point.storageClass().ifPresent(storage -> extras.add(new Fact("Storage class", storage)));
        point.encrypted().ifPresent(encrypted -> extras.add(new Fact("Encrypted", encrypted ? "yes" : "no")));
        point.deleteAfterDays().ifPresent(days -> extras.add(new Fact("Delete after", days + " days")));
        point.deleteAt().ifPresent(at -> extras.add(new Fact("Deleted at", Formats.time(at))));
        return jobLike(envelope, DetailType.RECOVERY_POINT, point.recoveryPointArn(), point.facts(), known, extras,
                failure);
    }

    private static AlertFacts jobLike(EventEnvelope envelope, DetailType type, String identifier, BackupFacts facts,
                                      JobDescription known, List<Fact> extras, Optional<EnrichmentFailure> failure) {
        // Describe* answers with the job as it is now: its outcome belongs only to an event that reports one.
        JobDescription outcome = FINISHED.contains(facts.state()) ? known : JobDescription.empty();
        return new AlertFacts(envelope, Optional.of(type), Optional.of(facts.state()), identifier,
                facts.statusMessage().or(outcome::statusMessage),
                facts.messageCategory().or(outcome::messageCategory),
                facts.resourceArn().or(known::resourceArn),
                facts.resourceType().or(known::resourceType),
                facts.resourceName().or(known::resourceName),
                facts.backupVaultName().or(known::backupVaultName),
                facts.backupVaultArn().or(known::backupVaultArn),
                facts.backupSizeInBytes().or(known::backupSizeInBytes),
                facts.creationDate().or(known::creationDate),
                facts.completionDate().or(outcome::completionDate),
                facts.startBy(),
                facts.expectedCompletionDate().or(known::expectedCompletionDate),
                facts.percentDone().or(known::percentDone),
                facts.iamRoleArn().or(known::iamRoleArn),
                facts.createdBy().map(plan -> plan.backupPlanId()).or(known::backupPlanId),
                known.backupPlanName(),
                Optional.empty(),
                extras,
                failure);
    }

    private static AlertFacts vault(EventEnvelope envelope, BackupVaultStateChange vault) {
        List<Fact> extras = new ArrayList<>();
        vault.locked().ifPresent(locked -> extras.add(new Fact("Vault lock", locked ? "locked" : "not locked")));
        return bare(envelope, DetailType.BACKUP_VAULT, vault.vaultState(), vault.backupVaultName(),
                Optional.of(vault.backupVaultName()), Optional.empty(), vault.locked(), extras);
    }

    private static AlertFacts plan(EventEnvelope envelope, BackupPlanStateChange plan, Optional<String> name,
                                   Optional<EnrichmentFailure> failure) {
        List<Fact> extras = new ArrayList<>();
        plan.versionId().ifPresent(version -> extras.add(new Fact("Plan version", version)));
        plan.changedAt().ifPresent(at -> extras.add(new Fact("Changed at", Formats.time(at))));
        return new AlertFacts(envelope, Optional.of(DetailType.BACKUP_PLAN), Optional.of(plan.planState()),
                plan.backupPlanId(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(plan.backupPlanId()), name, Optional.empty(), extras, failure);
    }

    private static AlertFacts unknown(EventEnvelope envelope, UnknownBackupEventDetail detail) {
        String json = detail.detailJson();
        if (json.length() > MAX_DETAIL_JSON) {
            json = json.substring(0, MAX_DETAIL_JSON) + "...";
        }
        return new AlertFacts(envelope, Optional.empty(), detail.state(), envelope.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Fact("Detail", json)), Optional.empty());
    }

    private static AlertFacts bare(EventEnvelope envelope, DetailType type, String state, String identifier,
                                   Optional<String> vaultName, Optional<String> planId, Optional<Boolean> locked,
                                   List<Fact> extras) {
        return new AlertFacts(envelope, Optional.of(type), Optional.of(state), identifier, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), vaultName,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), planId, Optional.empty(), locked, extras,
                Optional.empty());
    }
}
