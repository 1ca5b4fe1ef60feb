package com.backupsentinel.validator.controls;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How findings spell durations and instants: one decimal, UTC ISO-8601 to the second. */
final class Formats {

    private Formats() {
    }

    static double hours(Duration duration) {
        return Math.round(duration.toSeconds() / 360.0) / 10.0;
    }

    static double minutes(Duration duration) {
        return Math.round(duration.toSeconds() / 6.0) / 10.0;
    }

    static String hoursText(Duration duration) {
        return String.format(Locale.ROOT, "%.1f h", hours(duration));
    }

    static String minutesText(Duration duration) {
        return String.format(Locale.ROOT, "%.1f min", minutes(duration));
    }

    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
