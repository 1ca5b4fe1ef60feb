package com.backupsentinel.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One Retry entry of a Task state, with Amazon States Language's defaults (IntervalSeconds 1, MaxAttempts 3,
 * BackoffRate 2.0, no MaxDelaySeconds, JitterStrategy NONE): which errors it matches and how long to wait before
 * each retry.
 */
record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
               double maxDelaySeconds, boolean fullJitter) {

    static final String ALL = "States.ALL";

    Retrier {
        errorEquals = List.copyOf(errorEquals);
    }

    static Retrier of(Map<String, Object> entry) {
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) entry.get("ErrorEquals");
        return new Retrier(errors, number(entry, "IntervalSeconds", 1), (int) number(entry, "MaxAttempts", 3),
                number(entry, "BackoffRate", 2.0), number(entry, "MaxDelaySeconds", Double.MAX_VALUE),
                "FULL".equals(entry.get("JitterStrategy")));
    }

    /** {@code States.ALL} matches every error but States.Runtime, as in Step Functions. */
    boolean matches(String error) {
        return errorEquals.contains(error) || (errorEquals.contains(ALL) && !"States.Runtime".equals(error));
    }

    /** The wait before retry number {@code retry} (0 = the first retry), scaled by {@code timeScale}. */
    Duration delay(int retry, double timeScale) {
        double seconds = Math.min(maxDelaySeconds, intervalSeconds * Math.pow(backoffRate, retry));
        if (fullJitter) {
            seconds = ThreadLocalRandom.current().nextDouble(0, seconds);
        }
        return Duration.ofNanos((long) (seconds * timeScale * 1_000_000_000L));
    }

    private static double number(Map<String, Object> entry, String field, double fallback) {
        Object value = entry.get(field);
        return value == null ? fallback : Double.parseDouble(String.valueOf(value));
    }
}
