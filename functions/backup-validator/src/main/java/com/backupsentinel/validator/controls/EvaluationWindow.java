package com.backupsentinel.validator.controls;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time frame of one run: the window [{@code start}, {@code end}) that job outcomes and "silence" are judged
 * over, the longer history [{@code historyStart}, {@code end}) read for medians and daily trends, and the zone
 * days are counted in.
 */
public record EvaluationWindow(Instant start, Instant end, Instant historyStart, ZoneId zone) {

    /** Medians of job durations and the daily success chart look back this far at least. */
    public static final Duration MINIMUM_HISTORY = Duration.ofDays(14);

    public EvaluationWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(historyStart, "historyStart");
        Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end) || historyStart.isAfter(start)) {
            throw new IllegalArgumentException("window must satisfy historyStart <= start < end, got "
                    + historyStart + ", " + start + ", " + end);
        }
    }

    /** The window of {@code lookback} ending at {@code now}, with at least {@link #MINIMUM_HISTORY} of history. */
    public static EvaluationWindow ending(Instant now, Duration lookback, ZoneId zone) {
        Duration history = lookback.compareTo(MINIMUM_HISTORY) > 0 ? lookback : MINIMUM_HISTORY;
        return new EvaluationWindow(now.minus(lookback), now, now.minus(history), zone);
    }

    public Instant now() {
        return end;
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean inHistory(Instant instant) {
        return !instant.isBefore(historyStart) && instant.isBefore(end);
    }
}
