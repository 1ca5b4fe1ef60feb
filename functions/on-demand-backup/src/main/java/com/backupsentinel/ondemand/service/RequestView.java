package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request together with its overall status and, when it was asked for, each job's current state.
 *
 * @param record   the stored request
 * @param status   the overall status derived from the jobs
 * @param progress the current state of each started job by job id; empty right after the request started
 */
public record RequestView(RequestRecord record, RequestStatus status, Map<String, JobProgress> progress) {

    public RequestView {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(status, "status");
        progress = Map.copyOf(progress);
    }

    static RequestView of(RequestRecord record, Map<String, JobProgress> progress) {
        return new RequestView(record, StatusRules.overall(record, progress), progress);
    }

    public Optional<JobProgress> progressOf(StartedJob job) {
        return Optional.ofNullable(progress.get(job.jobId()));
    }

    /** True when AWS Backup refused every job and nothing was started or written. */
    public boolean nothingStarted() {
        return record.jobs().isEmpty() && record.configBackup().isEmpty() && !record.failures().isEmpty();
    }
}
