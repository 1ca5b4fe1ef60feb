package com.backupsentinel.ondemand.service;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes, on read, a backup request whose invocation ended between StartBackupJob and writing what it started
 * (the record holds no job, no failure and no document long after any invocation could still be running): asks
 * AWS Backup for the on-demand jobs of each planned resource, in the configured vault with the configured role,
 * created from the request's arrival to {@link #WINDOW} after it, and writes them into the record. A resource with
 * exactly one such job gets it; one with none is recorded as not started (sending the request again starts it, with
 * the same tokens); one with several is recorded as ambiguous rather than guessed.
 */
final class UnfinishedRequests {

    /** After this, no invocation that could still record the outcome is running (the function's timeout is 29 s). */
    static final Duration SETTLED_AFTER = Duration.ofSeconds(60);
    /** How long after its arrival a request's jobs can have been created (a retry after the first attempt died). */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Clock skew allowance between the request's arrival and AWS Backup's CreationDate. */
    static final Duration SKEW = Duration.ofSeconds(5);
    static final String NOT_STARTED = "NotStarted";
    static final String AMBIGUOUS = "Ambiguous";
    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedRequests.class);

    private final ServiceSettings settings;
    private final BackupGateway backup;
    private final RequestStore store;
    private final Clock clock;

    UnfinishedRequests(ServiceSettings settings, BackupGateway backup, RequestStore store, Clock clock) {
        this.settings = settings;
        this.backup = backup;
        this.store = store;
        this.clock = clock;
    }

    /** The record, completed from AWS Backup's job list when it is a settled, unfinished backup request. */
    RequestRecord settle(RequestRecord record) {
        if (record.kind() != RequestKind.BACKUP || record.onlyConfig() || !record.unfinished()
                || record.plannedResources().isEmpty()
                || clock.instant().isBefore(record.requestedAt().plus(SETTLED_AFTER))) {
            return record;
        }
        Instant after = record.requestedAt().minus(SKEW);
        Instant before = record.requestedAt().plus(WINDOW);
        List<StartedJob> found = new ArrayList<>();
        List<FailedJob> missing = new ArrayList<>();
        for (String resourceArn : record.plannedResources()) {
            List<ListedBackupJob> candidates = backup.backupJobsOf(resourceArn, settings.vaultName(), after, before)
                    .stream().filter(job -> job.onDemand() && job.iamRoleArn().equals(settings.backupRoleArn()))
                    .toList();
            String type = ResourceTypes.fromArn(resourceArn);
            if (candidates.size() == 1) {
                ListedBackupJob job = candidates.get(0);
                found.add(new StartedJob(job.jobId(), resourceArn, type, job.recoveryPointArn(), Map.of()));
            } else {
                missing.add(new FailedJob(resourceArn, type, "", candidates.isEmpty() ? NOT_STARTED : AMBIGUOUS,
                        candidates.isEmpty()
                                ? "no backup job was started: the request ended before AWS Backup accepted one; send"
                                + " the same request again to start it"
                                : candidates.size() + " on-demand backup jobs of this resource were started around"
                                + " the request; none is attributed to it"));
            }
        }
        RequestRecord settled = record.withOutcome(found, missing, List.of());
        store.save(settled);
        LOG.warn("Completed an unfinished request from AWS Backup's job list", entry("request", record.timestamp()),
                entry("jobsFound", found.size()), entry("notAttributed", missing.size()));
        return settled;
    }
}
