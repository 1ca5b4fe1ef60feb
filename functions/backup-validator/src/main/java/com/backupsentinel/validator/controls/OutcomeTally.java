package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.JobRecord;

/** Counts jobs into one {@link OutcomeCounts} slice. */
final class OutcomeTally {

    private long total;
    private long active;
    private long finished;
    private long completed;
    private long completedWithIssues;

    void add(JobRecord job) {
        total++;
        if (job.isActive()) {
            active++;
            return;
        }
        finished++;
        if (job.isCompleted()) {
            completed++;
            if (job.isCompletedWithIssues()) {
                completedWithIssues++;
            }
        }
    }

    OutcomeCounts counts(String key) {
        return new OutcomeCounts(key, total, active, finished, completed, completedWithIssues, finished - completed);
    }
}
