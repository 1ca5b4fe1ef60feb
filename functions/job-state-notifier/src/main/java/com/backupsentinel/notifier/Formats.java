package com.backupsentinel.notifier;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Human-readable sizes, times and durations for alert bodies. */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Formats() {
    }

    /** {@code 35.2 KiB (36,048 bytes)}; small sizes as plain bytes. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%,d bytes)", value, UNITS[unit], bytes);
    }

    /** {@code 2020-07-15 21:41:05 UTC}. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** {@code 45 s}, {@code 2 min 18 s}, {@code 1 h 5 min}, {@code 2 d 3 h}. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        if (seconds < 86_400) {
            return (seconds / 3_600) + " h " + ((seconds % 3_600) / 60) + " min";
        }
        return (seconds / 86_400) + " d " + ((seconds % 86_400) / 3_600) + " h";
    }
}
