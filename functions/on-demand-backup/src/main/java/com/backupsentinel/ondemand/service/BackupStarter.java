package com.backupsentinel.ondemand.service;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one AWS Backup job per resource into the configured vault with the configured role. A refused job does
 * not stop the others: it is recorded as a failure and the request reads PartialFailure.
 */
final class BackupStarter {

    static final String TAG_REQUEST = "backup-sentinel:request";
    static final String TAG_REQUESTED_BY = "backup-sentinel:requested-by";
    private static final int MAX_TAG_VALUE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(BackupStarter.class);

    private final ServiceSettings settings;
    private final BackupGateway backup;
    private final PlanResources planResources;
    private final RequestStore store;
    private final Reservations reservations;
    private final MetricsRecorder metrics;
    private final ErrorText errors;

    BackupStarter(ServiceSettings settings, BackupGateway backup, ResourceDirectory directory, RequestStore store,
                  MetricsRecorder metrics) {
        this.settings = settings;
        this.backup = backup;
        this.planResources = new PlanResources(backup, directory);
        this.store = store;
        this.reservations = new Reservations(store);
        this.metrics = metrics;
        this.errors = new ErrorText(settings.ownAccountId());
    }

    RequestView start(BackupCommand command, Instant now, Instant expiresAt) {
        List<String> resources = command.resources().isEmpty() ? planResources() : command.resources();
        RequestRecord record = reservations.reserve(now, timestamp -> RequestRecord.newBackup(timestamp, now,
                command.caller(), false, resources, expiresAt).withRequestKey(command.tokenSeed()));
        List<StartedJob> started = new ArrayList<>();
        List<FailedJob> failed = new ArrayList<>();
        Map<String, String> tags = tags(record);
        List<Object> outcomes = Concurrently.map(resources, settings.awsConcurrency(), resourceArn -> {
            try {
                return backup.startBackupJob(new BackupJobSpec(settings.vaultName(), resourceArn,
                        settings.backupRoleArn(), IdempotencyTokens.forTarget(command.tokenSeed(), resourceArn),
                        settings.retentionDays(), tags));
            } catch (AwsCallException e) {
                return e;
            }
        });
        for (int i = 0; i < resources.size(); i++) {
            String resourceArn = resources.get(i);
            String type = ResourceTypes.fromArn(resourceArn);
            if (outcomes.get(i) instanceof StartedBackup job) {
                started.add(new StartedJob(job.backupJobId(), resourceArn, type, job.recoveryPointArn(), Map.of()));
                LOG.info("Backup job started", entry("request", record.timestamp()), entry("resourceArn", resourceArn),
                        entry("backupJobId", job.backupJobId()));
            } else {
                AwsCallException e = (AwsCallException) outcomes.get(i);
                failed.add(new FailedJob(resourceArn, type, "", e.errorCode(), errors.reason(e)));
                LOG.warn("Backup job not started", entry("request", record.timestamp()),
                        entry("resourceArn", resourceArn), entry("errorCode", e.errorCode()),
                        entry("httpStatus", e.httpStatus()));
            }
        }
        RequestRecord done = record.withOutcome(started, failed, List.of());
        store.save(done);
        metrics.count("BackupJobsStarted", started.size(), Map.of());
        metrics.count("BackupJobsNotStarted", failed.size(), Map.of());
        return RequestView.of(done, Map.of());
    }

    /** Every resource the configured plan selects. */
    private List<String> planResources() {
        String planId = settings.backupPlanId().orElseThrow(() -> new RequestRejectedException(
                RequestRejectedException.Reason.INVALID, "resources",
                "resources is required because no backup plan is configured (BACKUP_PLAN_ID is empty)"));
        List<String> arns = planResources.of(planId);
        if (arns.isEmpty()) {
            throw new RequestRejectedException(RequestRejectedException.Reason.INVALID, "resources",
                    "resources is required: backup plan " + planId + " selects no resource");
        }
        return arns;
    }

    private static Map<String, String> tags(RequestRecord record) {
        String caller = record.caller().userArn();
        return Map.of(TAG_REQUEST, record.timestamp(),
                TAG_REQUESTED_BY, caller.length() <= MAX_TAG_VALUE ? caller : caller.substring(0, MAX_TAG_VALUE));
    }
}
