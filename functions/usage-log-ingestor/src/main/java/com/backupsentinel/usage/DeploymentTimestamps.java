package com.backupsentinel.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The accepted spellings of a deployment timestamp, all read as an instant:
 * <ul>
 *   <li>RFC 3339 / ISO-8601 with {@code Z} or an offset, optional fraction: {@code 2025-10-30T14:30:52Z} (what
 *       Terraform's {@code timestamp()} returns), {@code 2025-10-30T16:30:52.250+02:00};</li>
 *   <li>the key's own format, in UTC: {@code 2025-10-30_143052};</li>
 *   <li>Unix epoch seconds as a number or a string of digits ({@code 1761834652}, {@code 1761834652.25});</li>
 *   <li>Unix epoch milliseconds: a whole number of at least 100,000,000,000 ({@code 1761834652000}).</li>
 * </ul>
 * A date-time without an offset is rejected: it names no instant.
 */
final class DeploymentTimestamps {

    static final long MILLIS_THRESHOLD = 100_000_000_000L;
    private static final Pattern KEY_STYLE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}_\\d{6}");
    private static final Pattern EPOCH = Pattern.compile("\\d{1,16}(\\.\\d{1,9})?");
    private static final DateTimeFormatter KEY_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd_HHmmss");

    private DeploymentTimestamps() {
    }

    static Instant parse(String field, JsonNode node) {
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                throw invalid(field + " " + node.asText() + " is not a finite number");
            }
            if (node.decimalValue().signum() < 0) {
                throw invalid(field + " " + node.asText() + " is a negative epoch time");
            }
            return fromEpoch(field, node.decimalValue());
        }
        if (!node.isTextual()) {
            throw new InvalidUsageLogException(QuarantineReason.WRONG_TYPE, field
                    + " must be an RFC 3339 string or epoch seconds, got " + JsonTypes.describe(node));
        }
        String text = node.textValue().trim();
        if (EPOCH.matcher(text).matches()) {
            return fromEpoch(field, new BigDecimal(text));
        }
        try {
            if (KEY_STYLE.matcher(text).matches()) {
                return LocalDateTime.parse(text, KEY_FORMAT).toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            if (isLocalDateTime(text)) {
                throw invalid(field + " " + Texts.quote(text)
                        + " has no UTC offset; use e.g. 2025-10-30T14:30:52Z");
            }
            throw invalid(field + " " + Texts.quote(text)
                    + " is not an RFC 3339 timestamp such as 2025-10-30T14:30:52Z, nor epoch seconds");
        }
    }

    private static Instant fromEpoch(String field, BigDecimal value) {
        try {
            boolean whole = value.stripTrailingZeros().scale() <= 0;
            if (whole && value.compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0) {
                return Instant.ofEpochMilli(value.longValueExact());
            }
            long seconds = value.longValue();
            int nanos = value.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (ArithmeticException | DateTimeException e) {
            throw invalid(field + " " + value.toPlainString() + " is out of range for an epoch time");
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static InvalidUsageLogException invalid(String message) {
        return new InvalidUsageLogException(QuarantineReason.TIMESTAMP_INVALID, message);
    }
}
