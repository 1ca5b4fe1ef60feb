package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One backup or restore request as the requests table keeps it: who asked, when, for what, and which jobs AWS
 * Backup accepted or refused. This is also the audit trail.
 *
 * @param kind                   backup or restore
 * @param timestamp              the request's id, {@code 2023-02-02t17-03-15} (UTC)
 * @param requestedAt            when the request arrived
 * @param caller                 who sent it
 * @param onlyConfig             a configuration-only backup
 * @param plannedResources       for a backup, the resources it was asked to protect
 * @param sourceBackupTimestamp  for a restore from a backup request, that request's timestamp
 * @param sourceRecoveryPointArn for a restore of one recovery point, its ARN
 * @param jobs                   jobs AWS Backup accepted
 * @param failures               jobs that could not start (and config objects that could not be saved)
 * @param skipped                for a restore, recovery points left out on purpose
 * @param configBackup           for a configuration-only backup, where the document was written
 * @param expiresAt              when DynamoDB's TTL may delete the record
 * @param requestKey             what identifies the API request that wrote the record across its retries (the seed
 *                               of its AWS Backup idempotency tokens), so a retry finds this record again instead of
 *                               writing a second one; empty for records written before it was kept
 */
public record RequestRecord(RequestKind kind, String timestamp, Instant requestedAt, Caller caller, boolean onlyConfig,
                            List<String> plannedResources, Optional<String> sourceBackupTimestamp,
                            Optional<String> sourceRecoveryPointArn, List<StartedJob> jobs, List<FailedJob> failures,
                            List<SkippedResource> skipped, Optional<ConfigBackupLocation> configBackup,
                            Instant expiresAt, String requestKey) {

    public RequestRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(caller, "caller");
        plannedResources = List.copyOf(plannedResources);
        Objects.requireNonNull(sourceBackupTimestamp, "sourceBackupTimestamp");
        Objects.requireNonNull(sourceRecoveryPointArn, "sourceRecoveryPointArn");
        jobs = List.copyOf(jobs);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(configBackup, "configBackup");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(requestKey, "requestKey");
    }

    /** A backup request before any job was started. */
    public static RequestRecord newBackup(String timestamp, Instant requestedAt, Caller caller, boolean onlyConfig,
                                          List<String> resources, Instant expiresAt) {
        return new RequestRecord(RequestKind.BACKUP, timestamp, requestedAt, caller, onlyConfig, resources,
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), expiresAt, "");
    }

    /** A restore request before any job was started. */
    public static RequestRecord newRestore(String timestamp, Instant requestedAt, Caller caller,
                                           Optional<String> sourceBackupTimestamp,
                                           Optional<String> sourceRecoveryPointArn, Instant expiresAt) {
        return new RequestRecord(RequestKind.RESTORE, timestamp, requestedAt, caller, false, List.of(),
                sourceBackupTimestamp, sourceRecoveryPointArn, List.of(), List.of(), List.of(), Optional.empty(),
                expiresAt, "");
    }

    /** The same request with the jobs that started, the ones that did not and what was left out. */
    public RequestRecord withOutcome(List<StartedJob> started, List<FailedJob> failed, List<SkippedResource> left) {
        return new RequestRecord(kind, timestamp, requestedAt, caller, onlyConfig, plannedResources,
                sourceBackupTimestamp, sourceRecoveryPointArn, started, failed, left, configBackup, expiresAt,
                requestKey);
    }

    /** The same configuration-only backup with where its document went and what could not be included. */
    public RequestRecord withConfigBackup(Optional<ConfigBackupLocation> location, List<FailedJob> failed) {
        return new RequestRecord(kind, timestamp, requestedAt, caller, onlyConfig, plannedResources,
                sourceBackupTimestamp, sourceRecoveryPointArn, jobs, failed, skipped, location, expiresAt,
                requestKey);
    }

    /** The same request, written by the API request that {@code key} identifies. */
    public RequestRecord withRequestKey(String key) {
        return new RequestRecord(kind, timestamp, requestedAt, caller, onlyConfig, plannedResources,
                sourceBackupTimestamp, sourceRecoveryPointArn, jobs, failures, skipped, configBackup, expiresAt, key);
    }

    /**
     * Whether the record holds no outcome yet: no job, no failure, nothing skipped, no configuration document. It
     * stays so only if the invocation that wrote it ended before recording what it started.
     */
    public boolean unfinished() {
        return jobs.isEmpty() && failures.isEmpty() && skipped.isEmpty() && configBackup.isEmpty();
    }
}
