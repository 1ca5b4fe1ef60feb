package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.JobRecord;

/** Counts jobs into one {@link OutcomeCounts} slice; a state AWS added since counts as failed. */
final class OutcomeTally {

    private long total;
    private long active;
    private long finished;
    private long completed;
    private long completedWithIssues;
    private long failed;
    private long expired;
    private long aborted;
    private long partial;

    void add(JobRecord job) {
        total++;
        if (job.isActive()) {
            active++;
            return;
        }
        finished++;
        switch (job.state()) {
            case "COMPLETED" -> {
                completed++;
                if (job.isCompletedWithIssues()) {
                    completedWithIssues++;
                }
            }
            case "EXPIRED" -> expired++;
            case "ABORTED" -> aborted++;
            case "PARTIAL" -> partial++;
            default -> failed++;
        }
    }

    OutcomeCounts counts(String key) {
        return new OutcomeCounts(key, total, active, finished, completed, completedWithIssues, failed, expired, aborted,
                partial);
    }
}
