package com.backupsentinel.ondemand.service;

import com.backupsentinel.ondemand.service.RequestRejectedException.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a request and asks AWS Backup for the current state of each of its jobs; a backup request left unfinished
 * by an invocation that died is completed from AWS Backup's job list first ({@link UnfinishedRequests}).
 */
final class StatusReader {

    private final BackupGateway backup;
    private final RequestStore store;
    private final int concurrency;
    private final UnfinishedRequests unfinished;

    StatusReader(BackupGateway backup, RequestStore store, int concurrency, UnfinishedRequests unfinished) {
        this.backup = backup;
        this.store = store;
        this.concurrency = concurrency;
        this.unfinished = unfinished;
    }

    RequestView backup(String timestamp) {
        return view(unfinished.settle(find(RequestKind.BACKUP, timestamp)), backup::describeBackupJob);
    }

    RequestView latestBackup() {
        RequestRecord record = store.latest(RequestKind.BACKUP).orElseThrow(() ->
                new RequestRejectedException(Reason.NOT_FOUND, "", "No backup request has been made yet"));
        return view(unfinished.settle(record), backup::describeBackupJob);
    }

    RequestView restore(String timestamp) {
        return view(find(RequestKind.RESTORE, timestamp), backup::describeRestoreJob);
    }

    private RequestRecord find(RequestKind kind, String timestamp) {
        return store.find(kind, timestamp).orElseThrow(() -> new RequestRejectedException(Reason.NOT_FOUND,
                "timestamp", "No " + kind.wireName() + " request with timestamp " + timestamp));
    }

    private RequestView view(RequestRecord record, Function<String, JobProgress> describe) {
        List<JobProgress> states = Concurrently.map(record.jobs(), concurrency, job -> {
            try {
                return describe.apply(job.jobId());
            } catch (AwsCallException e) {
                if (!e.notFound()) {
                    throw e;
                }
                return JobProgress.notFound(job.jobId());
            }
        });
        Map<String, JobProgress> progress = new LinkedHashMap<>();
        states.forEach(state -> progress.put(state.jobId(), state));
        return RequestView.of(record, progress);
    }
}
