package com.backupsentinel.notifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Human-readable sizes, times and durations for alert bodies. Written by hand rather than with {@code String.format}
 * and {@code DateTimeFormatter.ofPattern}: their first use loads the JDK's locale providers (about 80 classes) on a
 * cold start's path, for output that is the same in every locale.
 */
final class Formats {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Formats() {
    }

    /** {@code 35.2 KiB (36,048 bytes)}; small sizes as plain bytes. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return grouped(bytes) + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String tenths = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return tenths + " " + UNITS[unit] + " (" + grouped(bytes) + " bytes)";
    }

    /** {@code 36,048}: thousands separated by commas. */
    static String grouped(long number) {
        String digits = Long.toString(Math.abs(number));
        StringBuilder text = new StringBuilder(number < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    /** {@code 2020-07-15 21:41:05 UTC}. */
    static String time(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String year = Integer.toString(utc.getYear());
        return "0".repeat(Math.max(0, 4 - year.length())) + year + "-" + twoDigits(utc.getMonthValue()) + "-"
                + twoDigits(utc.getDayOfMonth()) + " " + twoDigits(utc.getHour()) + ":" + twoDigits(utc.getMinute())
                + ":" + twoDigits(utc.getSecond()) + " UTC";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
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
