package com.backupsentinel.ondemand.service;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * On-demand backups and restores: starts them, reports their status from AWS Backup's current job states, and
 * lists who asked for what. Plain Java: AWS is reached through {@link BackupGateway}, {@link ResourceDirectory},
 * {@link RequestStore} and {@link ObjectStore}.
 */
public final class OnDemandService {

    /** Request records outlive their recovery points by this much, so the audit trail covers them. */
    public static final Duration RECORD_GRACE = Duration.ofDays(90);

    private final ServiceSettings settings;
    private final RequestStore store;
    private final Clock clock;
    private final BackupStarter backups;
    private final ConfigBackups configBackups;
    private final RestoreStarter restores;
    private final StatusReader status;

    public OnDemandService(ServiceSettings settings, BackupGateway backup, ResourceDirectory directory,
                           RequestStore store, ObjectStore objects, MetricsRecorder metrics, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(metrics, "metrics");
        this.backups = new BackupStarter(settings, backup, directory, store, metrics);
        this.configBackups = new ConfigBackups(settings, backup, objects, store, metrics);
        this.restores = new RestoreStarter(settings, backup, store, metrics);
        this.status = new StatusReader(backup, store, settings.awsConcurrency(),
                new UnfinishedRequests(settings, backup, store, clock));
    }

    public ServiceSettings settings() {
        return settings;
    }

    public RequestView startBackup(BackupCommand command) {
        return startBackup(command, clock.instant());
    }

    /**
     * Starts a backup for a request that first arrived at {@code arrivedAt}: a retry of it passes the first arrival,
     * so it finds the record the first attempt reserved (and, through the same tokens, the jobs it started).
     */
    public RequestView startBackup(BackupCommand command, Instant arrivedAt) {
        return command.onlyConfig() ? configBackups.start(command, arrivedAt, expiry(arrivedAt))
                : backups.start(command, arrivedAt, expiry(arrivedAt));
    }

    public RequestView backupStatus(String timestamp) {
        return status.backup(timestamp);
    }

    public RequestView latestBackup() {
        return status.latestBackup();
    }

    public RequestView startRestore(RestoreCommand command) {
        return startRestore(command, clock.instant());
    }

    /** Starts a restore for a request that first arrived at {@code arrivedAt} (see {@link #startBackup}). */
    public RequestView startRestore(RestoreCommand command, Instant arrivedAt) {
        return restores.start(command, arrivedAt, expiry(arrivedAt));
    }

    public RequestView restoreStatus(String timestamp) {
        return status.restore(timestamp);
    }

    /** The audit trail: who asked for which backup or restore, newest first. */
    public List<RequestRecord> audit(AuditQuery query) {
        return query.kinds().stream()
                .flatMap(kind -> store.recent(kind, query.limit(), query.callerArn()).stream())
                .sorted(Comparator.comparing(RequestRecord::requestedAt).reversed()
                        .thenComparing(RequestRecord::timestamp, Comparator.reverseOrder()))
                .limit(query.limit())
                .collect(Collectors.toUnmodifiableList());
    }

    private Instant expiry(Instant now) {
        return now.plus(Duration.ofDays(settings.retentionDays())).plus(RECORD_GRACE);
    }
}
