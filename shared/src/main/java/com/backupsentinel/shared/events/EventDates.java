package com.backupsentinel.shared.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates AWS Backup events carry: ISO-8601 with a zone ({@code 2020-07-15T21:40:31.207Z}), ISO-8601
 * without one, the non-ISO {@code Jul 15, 2020 9:39:07 PM} seen in {@code expectedCompletionDate}, and epoch
 * seconds as the AWS Backup API returns them. Dates without a zone are taken as UTC, which is what AWS Backup
 * writes.
 */
final class EventDates {

    /** The zone-less forms, built on first use: most events carry ISO-8601 with a zone and never need them. */
    private static final class LocalFormats {
        static final List<DateTimeFormatter> ALL = List.of(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern("MMM d, yyyy h:mm:ss a").toFormatter(Locale.US),
                new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern("MMM d, yyyy, h:mm:ss a").toFormatter(Locale.US),
                new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
                        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                        .optionalEnd().toFormatter(Locale.US));
    }

    private static final BigDecimal MILLIS_THRESHOLD = BigDecimal.valueOf(100_000_000_000L);

    private EventDates() {
    }

    /** The instant {@code text} names, or empty when it is in none of the known formats. */
    static Optional<Instant> parse(String text) {
        String normalized = text.trim().replace('\u202f', ' ').replace('\u00a0', ' ');
        try {
            return Optional.of(OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // not ISO with a zone: try the zone-less forms below
        }
        for (DateTimeFormatter format : LocalFormats.ALL) {
            try {
                return Optional.of(LocalDateTime.parse(normalized, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * Epoch seconds (with a fraction, as the AWS Backup API sends them) or, for large values, epoch millis.
     *
     * @throws ArithmeticException when the millis do not fit a long
     */
    static Instant fromEpoch(BigDecimal value) {
        if (value.abs().compareTo(MILLIS_THRESHOLD) >= 0) {
            return Instant.ofEpochMilli(value.toBigInteger().longValueExact());
        }
        BigDecimal millis = value.movePointRight(3);
        return Instant.ofEpochMilli(millis.longValue());
    }
}
