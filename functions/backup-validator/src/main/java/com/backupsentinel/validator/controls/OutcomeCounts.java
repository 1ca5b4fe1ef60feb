package com.backupsentinel.validator.controls;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Job counts for one slice (a job kind, a resource type, a vault, an account or a day). {@code failed} is every
 * finished job that did not complete (FAILED, ABORTED, EXPIRED, PARTIAL); {@code completedWithIssues} is part of
 * {@code completed}.
 */
@JsonPropertyOrder({"key", "total", "active", "finished", "completed", "completedClean", "completedWithIssues",
    "failed", "successRatePercent"})
public record OutcomeCounts(String key, long total, long active, long finished, long completed,
                            long completedWithIssues, long failed) {

    public long completedClean() {
        return completed - completedWithIssues;
    }

    /** Completed (with or without issues) per finished job, in percent; null when nothing finished. */
    @JsonProperty("successRatePercent")
    public Double successRatePercent() {
        return finished == 0 ? null : Math.round(completed * 10000.0 / finished) / 100.0;
    }
}
