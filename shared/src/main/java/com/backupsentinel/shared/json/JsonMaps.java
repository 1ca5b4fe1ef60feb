package com.backupsentinel.shared.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Lambda event read into a {@code Map} and a response written from one, as the Lambda Java runtime does for a
 * {@code RequestHandler<Map<String, Object>, Map<String, Object>>} (Jackson's untyped values: {@code LinkedHashMap},
 * {@code ArrayList}, {@code String}, {@code Integer}, {@code Long} or {@code BigInteger}, {@code Double},
 * {@code Boolean}, null), the event with {@link JsonReader} (Jackson's rules without Jackson; UTF-16 and UTF-32 input
 * with jackson-core's parser, {@link JacksonEventReader}), the response with jackson-core's generator. The runtime's
 * own serialization set-up (a shaded Jackson with its bean introspection, about 570 classes) is then never loaded: a
 * handler that takes its event as a stream and calls these is the same function at a fraction of the cold start.
 *
 * <p>Values written: maps (keys as strings), lists and other iterables, arrays of objects, strings and other
 * character sequences, numbers, booleans, enums (their name) and null; anything else through {@link Json#mapper()}
 * as the value of its field, as an object mapper writes it.
 */
public final class JsonMaps {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMaps() {
    }

    /**
     * The event (the stream read to its end): its JSON object, or null for JSON {@code null}. What is not an object is
     * named as Jackson's first token names it: an array or a string without being read further, a number or a boolean
     * once read.
     *
     * @throws IllegalArgumentException naming the problem when the input is empty, not JSON or not an object
     */
    public static Map<String, Object> readObject(InputStream input) throws IOException {
        byte[] json = input.readAllBytes();
        int start = JsonReader.utf8Start(json);
        if (start < 0) {
            return JacksonEventReader.readObject(json);
        }
        JsonCursor in = new JsonCursor(json, start);
        int first = JsonScanner.skipWhitespace(in);
        if (first == '[' || first == '"') {
            // Jackson's first token says so before the array or string is read
            throw notAnObject(first == '[' ? "an array" : "a string");
        }
        Object event;
        try {
            event = JsonScanner.document(in);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("The event is not valid JSON: " + e.getMessage(), e);
        }
        if (event == JsonReader.NOTHING) {
            throw new IllegalArgumentException("The event is empty: expected a JSON object");
        }
        if (event == null || event instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) event;
            return object;
        }
        throw notAnObject(event instanceof Boolean ? "a boolean" : "a number");
    }

    static IllegalArgumentException notAnObject(String got) {
        return new IllegalArgumentException("The event must be a JSON object, got " + got);
    }

    /** Writes {@code value} as JSON to {@code output} (left open, as the runtime's stream). */
    public static void write(Object value, OutputStream output) throws IOException {
        try (JsonGenerator generator = JsonTrees.FACTORY.createGenerator(output)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(value, generator);
        }
    }

    /**
     * The tree {@code ObjectMapper.valueToTree} makes of an event read by {@link #readObject}: maps, lists, strings,
     * numbers, booleans and nulls as their nodes, anything else through {@link Json#mapper()}.
     */
    public static JsonNode toTree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toTree(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toTree(item)));
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        return Json.mapper().valueToTree(value);
    }

    private static void write(Object value, JsonGenerator generator) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Object[] items) {
            write(Arrays.asList(items), generator);
        } else if (value instanceof CharSequence text) {
            generator.writeString(text.toString());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (value instanceof Enum<?> constant) {
            generator.writeString(constant.name());
        } else {
            generator.writeRawValue(Json.mapper().writeValueAsString(value));
        }
    }
}
