package com.backupsentinel.shared.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Lambda event read into a {@code Map} and a response written from one, as the Lambda Java runtime does for a
 * {@code RequestHandler<Map<String, Object>, Map<String, Object>>} (Jackson's untyped values: {@code LinkedHashMap},
 * {@code ArrayList}, {@code String}, {@code Integer}, {@code Long} or {@code BigInteger}, {@code Double},
 * {@code Boolean}, null), with jackson-core's parser and generator alone. The runtime's own serialization set-up
 * (a shaded Jackson with its bean introspection, about 570 classes) is then never loaded: a handler that takes its
 * event as a stream and calls these is the same function at a fraction of the cold start.
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
     * The event: its JSON object, or null for JSON {@code null}.
     *
     * @throws IllegalArgumentException naming the problem when the input is empty, not JSON or not an object
     */
    public static Map<String, Object> readObject(InputStream input) throws IOException {
        try (JsonParser parser = JsonTrees.FACTORY.createParser(input)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("The event is empty: expected a JSON object");
            }
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("The event must be a JSON object, got " + describe(first));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) value(parser);
            return event;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException("The event is not valid JSON: " + e.getOriginalMessage() + where, e);
        }
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

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("Unexpected JSON token " + token);
        }
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

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> token.asString();
        };
    }
}
