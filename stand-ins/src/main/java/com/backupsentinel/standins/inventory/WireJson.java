package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Converts AWS CLI output (ISO-8601 timestamps as {@code aws ... --output json} prints them with CLI v2, or epoch
 * seconds with CLI v1) to the REST-JSON wire form AWS Backup answers with (epoch seconds, millisecond precision),
 * optionally moving every timestamp by a fixed shift.
 */
public final class WireJson {

    /** One mapper for the stand-ins: plain Jackson, no auto-detected modules. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private WireJson() {
    }

    /** A deep copy of {@code cli} in wire form, every timestamp member moved by {@code shift}. */
    public static ObjectNode toWire(JsonNode cli, Duration shift) {
        if (!cli.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object, got " + cli.getNodeType() + ": " + abbreviate(cli));
        }
        ObjectNode copy = cli.deepCopy();
        convert(copy, shift);
        return copy;
    }

    /** Epoch seconds with millisecond precision, as the REST-JSON protocol sends timestamps. */
    public static DecimalNode timestamp(Instant instant) {
        return DecimalNode.valueOf(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    /** The instant of a wire or CLI timestamp value, if {@code node} holds one. */
    public static Optional<Instant> instantOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(Instant.ofEpochMilli(node.decimalValue().movePointRight(3).longValue()));
        }
        if (node.isTextual()) {
            return parseText(node.asText());
        }
        return Optional.empty();
    }

    /** Serializes a tree to UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize JSON", e);
        }
    }

    /** Parses UTF-8 JSON bytes produced by {@link #bytes}. */
    public static ObjectNode parseObject(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse stored JSON", e);
        }
    }

    private static void convert(JsonNode node, Duration shift) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isTimestampName(field.getKey()) && (field.getValue().isNumber() || field.getValue().isTextual())) {
                    Optional<Instant> instant = instantOf(field.getValue());
                    if (instant.isPresent()) {
                        field.setValue(timestamp(instant.get().plus(shift)));
                        continue;
                    }
                }
                convert(field.getValue(), shift);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> convert(element, shift));
        }
    }

    static boolean isTimestampName(String name) {
        return name.endsWith("Date") || name.endsWith("Time") || name.endsWith("At") || name.endsWith("Timestamp")
                || name.equals("StartBy") || name.equals("LastComputed");
    }

    private static Optional<Instant> parseText(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.trim());
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(Instant.from(parsed));
            }
            return Optional.of(LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
