package com.backupsentinel.validator.controls;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Job counts for one slice (a job kind, a resource type, a vault, an account or a day). Finished jobs that did not
 * complete are kept apart by state: {@code failed} (FAILED, and any state AWS added since, treated as failed),
 * {@code expired}, {@code aborted} and {@code partial}; {@code completedWithIssues} is part of {@code completed}.
 * Every report format prints these same numbers under these same names.
 */
@JsonPropertyOrder({"key", "total", "active", "finished", "completed", "completedClean", "completedWithIssues",
    "failed", "expired", "aborted", "partial", "successRatePercent"})
public record OutcomeCounts(String key, long total, long active, long finished, long completed,
                            long completedWithIssues, long failed, long expired, long aborted, long partial) {

    public long completedClean() {
        return completed - completedWithIssues;
    }

    /** Finished without completing: failed + expired + aborted + partial. */
    public long notCompleted() {
        return failed + expired + aborted + partial;
    }

    /** Completed (with or without issues) per finished job, in percent; null when nothing finished. */
    @JsonProperty("successRatePercent")
    public Double successRatePercent() {
        return finished == 0 ? null : Math.round(completed * 10000.0 / finished) / 100.0;
    }
}
