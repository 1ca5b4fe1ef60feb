package com.backupsentinel.ondemand.service;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.ondemand.service.RequestRejectedException.Reason;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts restore jobs through the restore role, from every recovery point of a backup request or from one
 * recovery point, leaving out what the caller skips and refusing resource types off the allow-list.
 */
final class RestoreStarter {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreStarter.class);

    private final ServiceSettings settings;
    private final BackupGateway backup;
    private final RequestStore store;
    private final Reservations reservations;
    private final MetricsRecorder metrics;
    private final ErrorText errors;

    RestoreStarter(ServiceSettings settings, BackupGateway backup, RequestStore store, MetricsRecorder metrics) {
        this.settings = settings;
        this.backup = backup;
        this.store = store;
        this.reservations = new Reservations(store);
        this.metrics = metrics;
        this.errors = new ErrorText(settings.ownAccountId());
    }

    RequestView start(RestoreCommand command, Instant now, Instant expiresAt) {
        if (settings.restoreAllowedTypes().isEmpty()) {
            throw new RequestRejectedException(Reason.FORBIDDEN, "",
                    "restores are disabled: RESTORE_ALLOWED_RESOURCE_TYPES lists no resource type");
        }
        RestorePlan plan = command.backupTimestamp().isPresent()
                ? planFromBackup(command, command.backupTimestamp().get())
                : planFromRecoveryPoint(command, command.recoveryPointArn().get());
        RequestRecord record = reservations.reserve(now, timestamp -> RequestRecord.newRestore(timestamp, now,
                command.caller(), command.backupTimestamp(), command.recoveryPointArn(), expiresAt)
                .withRequestKey(command.tokenSeed()));
        List<StartedJob> started = new ArrayList<>();
        List<FailedJob> failed = new ArrayList<>(plan.failures());
        List<Object> outcomes = Concurrently.map(plan.restorable(), settings.awsConcurrency(), point -> {
            try {
                return startOne(point, command.tokenSeed(), record.timestamp());
            } catch (AwsCallException e) {
                return e;
            }
        });
        for (int i = 0; i < outcomes.size(); i++) {
            RecoveryPoint point = plan.restorable().get(i);
            if (outcomes.get(i) instanceof StartedJob job) {
                started.add(job);
                LOG.info("Restore job started", entry("request", record.timestamp()),
                        entry("recoveryPointArn", point.recoveryPointArn()), entry("restoreJobId", job.jobId()),
                        entry("overrides", job.overrides()));
            } else {
                AwsCallException e = (AwsCallException) outcomes.get(i);
                failed.add(new FailedJob(point.resourceArn(), point.resourceType(), point.recoveryPointArn(),
                        e.errorCode(), errors.reason(e)));
                LOG.warn("Restore job not started", entry("request", record.timestamp()),
                        entry("recoveryPointArn", point.recoveryPointArn()), entry("errorCode", e.errorCode()));
            }
        }
        RequestRecord done = record.withOutcome(started, failed, plan.skipped());
        store.save(done);
        metrics.count("RestoreJobsStarted", started.size(), Map.of());
        metrics.count("RestoreJobsNotStarted", failed.size(), Map.of());
        return RequestView.of(done, Map.of());
    }

    private StartedJob startOne(RecoveryPoint point, String tokenSeed, String timestamp) {
        Map<String, String> metadata = backup.restoreMetadata(settings.vaultName(), point.recoveryPointArn());
        Map<String, String> changes = RestoreOverrides.changes(point.resourceType(), point.resourceArn(), metadata,
                timestamp);
        String jobId = backup.startRestoreJob(new RestoreJobSpec(point.recoveryPointArn(), point.resourceType(),
                RestoreOverrides.apply(metadata, changes), settings.restoreRoleArn(),
                IdempotencyTokens.forTarget(tokenSeed, point.recoveryPointArn())));
        return new StartedJob(jobId, point.resourceArn(), point.resourceType(), point.recoveryPointArn(), changes);
    }

    private RestorePlan planFromBackup(RestoreCommand command, String backupTimestamp) {
        RequestRecord source = store.find(RequestKind.BACKUP, backupTimestamp).orElseThrow(() ->
                new RequestRejectedException(Reason.NOT_FOUND, "timestamp",
                        "No backup request with timestamp " + backupTimestamp));
        if (source.onlyConfig()) {
            throw new RequestRejectedException(Reason.INVALID, "timestamp", "backup " + backupTimestamp
                    + " is a configuration-only backup: recreate the set-up from its document instead");
        }
        RestorePlan.Builder plan = new RestorePlan.Builder();
        for (FailedJob never : source.failures()) {
            plan.skip(new SkippedResource(never.resourceArn(), never.resourceType(), "",
                    "no backup job was started for this resource"));
        }
        List<StartedJob> candidates = new ArrayList<>();
        for (StartedJob job : source.jobs()) {
            Optional<String> skippedBy = skipEntry(command.skip(), job.resourceArn(), job.recoveryPointArn(), "");
            if (skippedBy.isPresent()) {
                plan.skip(new SkippedResource(job.resourceArn(), job.resourceType(), job.recoveryPointArn(),
                        "skip: " + skippedBy.get()));
            } else {
                candidates.add(job);
            }
        }
        List<Optional<RecoveryPoint>> points = Concurrently.map(candidates, settings.awsConcurrency(), job ->
                job.recoveryPointArn().isEmpty() ? Optional.empty()
                        : backup.describeRecoveryPoint(settings.vaultName(), job.recoveryPointArn()));
        for (int i = 0; i < candidates.size(); i++) {
            StartedJob job = candidates.get(i);
            if (points.get(i).isEmpty()) {
                plan.fail(new FailedJob(job.resourceArn(), job.resourceType(), job.recoveryPointArn(),
                        "RecoveryPointNotFound", "vault " + settings.vaultName() + " holds no such recovery point"));
            } else {
                classify(plan, points.get(i).get(), command.skip());
            }
        }
        return plan.build(settings.restoreAllowedTypes(), "skip", "backup " + backupTimestamp);
    }

    private RestorePlan planFromRecoveryPoint(RestoreCommand command, String recoveryPointArn) {
        RecoveryPoint point = backup.describeRecoveryPoint(settings.vaultName(), recoveryPointArn).orElseThrow(() ->
                new RequestRejectedException(Reason.NOT_FOUND, "recoveryPointArn",
                        "No recovery point " + recoveryPointArn + " in vault " + settings.vaultName()));
        RestorePlan.Builder plan = new RestorePlan.Builder();
        classify(plan, point, command.skip());
        if (!plan.failures().isEmpty()) {
            throw new RequestRejectedException(Reason.CONFLICT, "recoveryPointArn", "recovery point "
                    + recoveryPointArn + " is " + point.status() + ", not COMPLETED: wait for its backup to finish");
        }
        return plan.build(settings.restoreAllowedTypes(), "recoveryPointArn", "recovery point " + recoveryPointArn);
    }

    private void classify(RestorePlan.Builder plan, RecoveryPoint point, List<String> skip) {
        Optional<String> skippedBy = skipEntry(skip, point.resourceArn(), point.recoveryPointArn(),
                point.resourceType());
        if (skippedBy.isPresent()) {
            plan.skip(new SkippedResource(point.resourceArn(), point.resourceType(), point.recoveryPointArn(),
                    "skip: " + skippedBy.get()));
        } else if (!point.restorable()) {
            plan.fail(new FailedJob(point.resourceArn(), point.resourceType(), point.recoveryPointArn(),
                    "RecoveryPointNotReady", "recovery point is " + point.status() + ", not COMPLETED"));
        } else {
            plan.restore(point);
        }
    }

    private static Optional<String> skipEntry(List<String> skip, String resourceArn, String recoveryPointArn,
                                              String resourceType) {
        return skip.stream()
                .filter(entry -> entry.equals(resourceArn) || entry.equals(recoveryPointArn)
                        || (!resourceType.isEmpty() && entry.equalsIgnoreCase(resourceType)))
                .findFirst();
    }
}
