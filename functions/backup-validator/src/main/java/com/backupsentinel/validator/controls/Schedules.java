package com.backupsentinel.validator.controls;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads how often an AWS Backup schedule expression fires, in hours: {@code cron(min hour day-of-month month
 * day-of-week year)} or {@code rate(n unit)}. Months count as 730 hours; an expression it cannot read gives
 * an empty result.
 */
final class Schedules {

    static final double MONTH_HOURS = 730;

    private Schedules() {
    }

    static OptionalDouble intervalHours(String expression) {
        String text = expression.trim();
        try {
            if (text.startsWith("rate(") && text.endsWith(")")) {
                return rate(text.substring(5, text.length() - 1).trim());
            }
            if (text.startsWith("cron(") && text.endsWith(")")) {
                return cron(text.substring(5, text.length() - 1).trim().split("\\s+"));
            }
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble rate(String body) {
        String[] parts = body.split("\\s+");
        if (parts.length != 2) {
            return OptionalDouble.empty();
        }
        double amount = Double.parseDouble(parts[0]);
        String unit = parts[1].toLowerCase(Locale.ROOT);
        if (unit.startsWith("minute")) {
            return OptionalDouble.of(amount / 60);
        }
        if (unit.startsWith("hour")) {
            return OptionalDouble.of(amount);
        }
        return unit.startsWith("day") ? OptionalDouble.of(amount * 24) : OptionalDouble.empty();
    }

    private static OptionalDouble cron(String[] fields) {
        if (fields.length != 6) {
            return OptionalDouble.empty();
        }
        String hours = fields[1];
        String dayOfMonth = fields[2];
        String month = fields[3];
        String dayOfWeek = fields[4];
        double perDay = 24.0 / occurrences(hours, 24);
        if (!any(month)) {
            double months = 12.0 / occurrences(month, 12);
            return OptionalDouble.of(months * MONTH_HOURS);
        }
        if (!any(dayOfMonth)) {
            double days = dayOfMonth.equals("L") ? 1 : occurrences(dayOfMonth, 31);
            return OptionalDouble.of(days == 1 ? MONTH_HOURS : MONTH_HOURS / days);
        }
        if (!any(dayOfWeek)) {
            double days = occurrences(dayOfWeek.replaceAll("#\\d", ""), 7);
            return OptionalDouble.of(days == 1 ? 168 : 168 / days);
        }
        return OptionalDouble.of(perDay);
    }

    private static boolean any(String field) {
        return field.equals("*") || field.equals("?");
    }

    /** How many values a cron field takes in a cycle of {@code cycle}: {@code *}, {@code a/n}, lists, ranges. */
    private static int occurrences(String field, int cycle) {
        if (any(field)) {
            return cycle;
        }
        int count = 0;
        for (String part : field.split(",")) {
            count += part.contains("/") ? stepped(part, cycle) : ranged(part);
        }
        return Math.max(1, count);
    }

    private static int stepped(String part, int cycle) {
        String[] pieces = part.split("/");
        int step = Integer.parseInt(pieces[1]);
        int start = pieces[0].equals("*") ? 0 : Integer.parseInt(pieces[0].replaceAll("\\D", "0"));
        return Math.max(1, (cycle - start + step - 1) / step);
    }

    private static int ranged(String part) {
        if (!part.contains("-")) {
            return 1;
        }
        String[] ends = part.split("-");
        try {
            return Math.abs(Integer.parseInt(ends[1]) - Integer.parseInt(ends[0])) + 1;
        } catch (NumberFormatException e) {
            return Math.abs(dayIndex(ends[1]) - dayIndex(ends[0])) + 1;
        }
    }

    private static int dayIndex(String day) {
        return "SUNMONTUEWEDTHUFRISAT".indexOf(day.toUpperCase(Locale.ROOT)) / 3;
    }
}
