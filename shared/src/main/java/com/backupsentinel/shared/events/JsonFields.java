package com.backupsentinel.shared.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tolerant, typed reads of one JSON object's fields. Absent, {@code null}, blank and {@code {}} all mean "not
 * given" (a failed copy job reports {@code destinationRecoveryPointArn: {}}); numbers may arrive as JSON numbers
 * or as numeric text. A value that cannot mean what the field needs fails with a message naming the field.
 */
final class JsonFields {

    private static final int SNIPPET = 80;

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    Optional<String> text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isNumber() || value.isBoolean()) {
            return Optional.of(value.asText());
        }
        throw invalid(field, "text", value);
    }

    Optional<Long> count(String field) {
        String expected = "a whole number (a JSON number or numeric text)";
        Optional<BigDecimal> number = decimal(field, expected);
        try {
            return number.map(value -> value.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, expected, node.get(field));
        }
    }

    Optional<Integer> integer(String field) {
        String expected = "a number (a JSON number or numeric text)";
        Optional<BigDecimal> number = decimal(field, expected);
        try {
            return number.map(value -> value.setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, expected, node.get(field));
        }
    }

    Optional<Boolean> bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
        }
        throw invalid(field, "true or false", value);
    }

    Optional<Instant> instant(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            try {
                return Optional.of(EventDates.fromEpoch(value.decimalValue()));
            } catch (NumberFormatException | ArithmeticException e) {
                throw invalid(field, "a date such as 2020-07-15T21:40:31.207Z or epoch seconds", value);
            }
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<Instant> parsed = EventDates.parse(text);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        throw invalid(field, "a date such as 2020-07-15T21:40:31.207Z or Jul 15, 2020 9:39:07 PM", value);
    }

    Optional<JsonFields> object(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid(field, "an object", value);
        }
        return Optional.of(new JsonFields(value, name(field)));
    }

    List<String> texts(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(field, "an array of text", value);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw invalid(field, "an array of text", value);
            }
            if (!item.asText().isBlank()) {
                texts.add(item.asText().trim());
            }
        }
        return List.copyOf(texts);
    }

    private Optional<BigDecimal> decimal(String field, String expected) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.isNumber()) {
                return Optional.of(value.decimalValue());
            }
            if (value.isTextual()) {
                String text = value.asText().trim();
                return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
            }
        } catch (NumberFormatException e) {
            throw invalid(field, expected, value);
        }
        throw invalid(field, expected, value);
    }

    /** The field's value, or {@code null} when it is absent, {@code null} or an empty object. */
    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || (value.isObject() && value.isEmpty())) {
            return null;
        }
        return value;
    }

    private InvalidBackupEventException invalid(String field, String expected, JsonNode value) {
        String shown = value.toString();
        if (shown.length() > SNIPPET) {
            shown = shown.substring(0, SNIPPET) + "...";
        }
        return new InvalidBackupEventException(name(field) + " must be " + expected + ", got " + shown);
    }
}
