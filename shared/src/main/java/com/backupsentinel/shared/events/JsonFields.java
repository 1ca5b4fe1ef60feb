package com.backupsentinel.shared.events;

import com.backupsentinel.shared.json.JsonReader;
import com.backupsentinel.shared.json.JsonWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tolerant, typed reads of one JSON object's fields, as {@link JsonReader} reads them (maps, lists, strings,
 * {@code Integer}/{@code Long}/{@code BigInteger}/{@code Double}, booleans, null). Absent, {@code null}, blank and
 * {@code {}} all mean "not given" (a failed copy job reports {@code destinationRecoveryPointArn: {}}); numbers may
 * arrive as JSON numbers or as numeric text. A value that cannot mean what the field needs fails with a message
 * naming the field and quoting the value's compact JSON.
 */
final class JsonFields {

    private static final int SNIPPET = 80;

    private final Map<?, ?> object;
    private final String path;

    JsonFields(Map<?, ?> object, String path) {
        this.object = object;
        this.path = path;
    }

    /** What a JSON value is, for a message: object, array, string, number, boolean, null or nothing. */
    static String kind(Object value) {
        if (value == JsonReader.NOTHING) {
            return "nothing";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        return value instanceof String ? "string" : value instanceof Number ? "number" : "boolean";
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The whole object as compact JSON. */
    String json() {
        return JsonWriter.print(object);
    }

    Optional<String> text(String field) {
        Object value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        throw invalid(field, "text", value);
    }

    Optional<Long> count(String field) {
        String expected = "a whole number (a JSON number or numeric text)";
        Optional<BigDecimal> number = decimal(field, expected);
        try {
            return number.map(value -> value.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, expected, object.get(field));
        }
    }

    Optional<Integer> integer(String field) {
        String expected = "a number (a JSON number or numeric text)";
        Optional<BigDecimal> number = decimal(field, expected);
        try {
            return number.map(value -> value.setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, expected, object.get(field));
        }
    }

    Optional<Boolean> bool(String field) {
        Object value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean bool) {
            return Optional.of(bool);
        }
        if (value instanceof String text) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                return Optional.empty();
            }
            if (lower.equals("true") || lower.equals("false")) {
                return Optional.of(Boolean.parseBoolean(lower));
            }
        }
        throw invalid(field, "true or false", value);
    }

    Optional<Instant> instant(String field) {
        Object value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(EventDates.fromEpoch(decimal(number)));
            } catch (NumberFormatException | ArithmeticException e) {
                throw invalid(field, "a date such as 2020-07-15T21:40:31.207Z or epoch seconds", value);
            }
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                return Optional.empty();
            }
            Optional<Instant> parsed = EventDates.parse(trimmed);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        throw invalid(field, "a date such as 2020-07-15T21:40:31.207Z or Jul 15, 2020 9:39:07 PM", value);
    }

    Optional<JsonFields> object(String field) {
        Object value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> nested)) {
            throw invalid(field, "an object", value);
        }
        return Optional.of(new JsonFields(nested, name(field)));
    }

    List<String> texts(String field) {
        Object value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw invalid(field, "an array of text", value);
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw invalid(field, "an array of text", value);
            }
            if (!text.isBlank()) {
                texts.add(text.trim());
            }
        }
        return List.copyOf(texts);
    }

    private Optional<BigDecimal> decimal(String field, String expected) {
        Object value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value instanceof Number number) {
                return Optional.of(decimal(number));
            }
            if (value instanceof String text) {
                String trimmed = text.trim();
                return trimmed.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(trimmed));
            }
        } catch (NumberFormatException e) {
            throw invalid(field, expected, value);
        }
        throw invalid(field, expected, value);
    }

    /**
     * A JSON number's exact value, as Jackson's {@code decimalValue()} gives it: a {@code Double}'s through its
     * shortest decimal form.
     *
     * @throws NumberFormatException for an infinite {@code Double} (a JSON number beyond its range, such as 1e400)
     */
    private static BigDecimal decimal(Number number) {
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double floating) {
            return BigDecimal.valueOf(floating);
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** The field's value, or {@code null} when it is absent, {@code null} or an empty object. */
    private Object value(String field) {
        Object value = object.get(field);
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return value;
    }

    private InvalidBackupEventException invalid(String field, String expected, Object value) {
        String shown = JsonWriter.print(value);
        if (shown.length() > SNIPPET) {
            shown = shown.substring(0, SNIPPET) + "...";
        }
        return new InvalidBackupEventException(name(field) + " must be " + expected + ", got " + shown);
    }
}
