package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Set;

/**
 * Derives a request's overall status from its jobs:
 * <ul>
 *   <li>every job failed or never started: {@code Failed};</li>
 *   <li>some failed (or AWS Backup reports {@code PARTIAL}) and others did not: {@code PartialFailure}, even while
 *       the others still run, because the request can no longer fully succeed;</li>
 *   <li>otherwise, jobs still in progress: {@code Running} once one runs or finished, else {@code Pending};</li>
 *   <li>otherwise {@code Success}.</li>
 * </ul>
 * A configuration-only backup is {@code Success} when its document was written with every configured object,
 * {@code PartialFailure} when objects were missing, {@code Failed} when no document was written.
 */
final class StatusRules {

    private static final Set<String> WAITING = Set.of("CREATED", "PENDING");
    private static final Set<String> SUCCEEDED = Set.of("COMPLETED");
    private static final Set<String> FAILED = Set.of("FAILED", "ABORTED", "EXPIRED", JobProgress.NOT_FOUND);
    private static final Set<String> PARTIAL = Set.of("PARTIAL");

    private StatusRules() {
    }

    static RequestStatus overall(RequestRecord record, Map<String, JobProgress> progress) {
        if (record.onlyConfig()) {
            return configStatus(record);
        }
        int total = record.jobs().size() + record.failures().size();
        if (total == 0) {
            return RequestStatus.PENDING;
        }
        int failed = record.failures().size();
        int partial = 0;
        int succeeded = 0;
        int running = 0;
        int waiting = 0;
        for (StartedJob job : record.jobs()) {
            JobProgress current = progress.get(job.jobId());
            String state = current == null ? "CREATED" : current.state();
            if (FAILED.contains(state)) {
                failed++;
            } else if (PARTIAL.contains(state)) {
                partial++;
            } else if (SUCCEEDED.contains(state)) {
                succeeded++;
            } else if (WAITING.contains(state)) {
                waiting++;
            } else {
                running++;
            }
        }
        if (failed == total) {
            return RequestStatus.FAILED;
        }
        if (failed > 0 || partial > 0) {
            return RequestStatus.PARTIAL_FAILURE;
        }
        if (running + waiting > 0) {
            return running + succeeded > 0 ? RequestStatus.RUNNING : RequestStatus.PENDING;
        }
        return RequestStatus.SUCCESS;
    }

    private static RequestStatus configStatus(RequestRecord record) {
        if (record.configBackup().isEmpty()) {
            return record.failures().isEmpty() ? RequestStatus.PENDING : RequestStatus.FAILED;
        }
        return record.failures().isEmpty() ? RequestStatus.SUCCESS : RequestStatus.PARTIAL_FAILURE;
    }
}
