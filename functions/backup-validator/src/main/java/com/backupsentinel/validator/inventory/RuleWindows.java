package com.backupsentinel.validator.inventory;

import java.time.Duration;
import java.util.Objects;

/**
 * A rule's id and how long AWS Backup gives its jobs: to start ({@code StartWindowMinutes}, AWS's default 480) and
 * then to complete ({@code CompletionWindowMinutes}, AWS's default 10080, 7 days). A job of the rule still under way
 * after both has outlived what the rule allows.
 */
public record RuleWindows(String ruleId, long startWindowMinutes, long completionWindowMinutes) {

    /** AWS Backup's default start window, in minutes (8 hours). */
    public static final long DEFAULT_START_MINUTES = 480;
    /** AWS Backup's default completion window, in minutes (7 days). */
    public static final long DEFAULT_COMPLETION_MINUTES = 10_080;

    public RuleWindows {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    public static RuleWindows defaults(String ruleId) {
        return new RuleWindows(ruleId, DEFAULT_START_MINUTES, DEFAULT_COMPLETION_MINUTES);
    }

    /** Start plus completion window: the longest a job of this rule may stay under way. */
    public Duration allowed() {
        return Duration.ofMinutes(startWindowMinutes + completionWindowMinutes);
    }
}
