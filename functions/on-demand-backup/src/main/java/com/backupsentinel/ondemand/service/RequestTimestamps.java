package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Request ids in the seed's format, {@code 2023-02-02t17-03-15} (UTC, second precision); they sort by time. */
public final class RequestTimestamps {

    /** An example, for error messages and documentation. */
    public static final String EXAMPLE = "2023-02-02t17-03-15";

    private static final Pattern SHAPE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}t\\d{2}-\\d{2}-\\d{2}$");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd't'HH-mm-ss")
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);

    private RequestTimestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** True for a well-formed timestamp naming a real instant. */
    public static boolean isValid(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            FORMAT.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
