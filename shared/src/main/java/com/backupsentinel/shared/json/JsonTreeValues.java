package com.backupsentinel.shared.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain values of a Jackson tree, for the input {@link JsonReader} leaves to Jackson (UTF-16 and UTF-32): read
 * with {@link JsonTrees#read}, errors as {@link MalformedJsonException}s with Jackson's message and location.
 */
final class JsonTreeValues {

    private JsonTreeValues() {
    }

    static Object read(byte[] json) throws MalformedJsonException {
        try {
            return of(JsonTrees.read(json));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw where == null ? new MalformedJsonException(e.getOriginalMessage(), "", 1, 1, 0)
                    : new MalformedJsonException(e.getOriginalMessage(), "", where.getLineNr(), where.getColumnNr(),
                            Math.max(0, where.getByteOffset()));
        } catch (UncheckedIOException e) {
            // a byte order Jackson recognises and does not read (UCS-4 2143 or 3412), or no Unicode character in UTF-32
            throw new MalformedJsonException(String.valueOf(e.getCause().getMessage()), "", 1, 1, 0);
        }
    }

    /** {@code node} as plain values: {@link JsonReader#NOTHING} for a missing node. */
    static Object of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.put(field.getKey(), of(field.getValue()));
                }
                return object;
            }
            case ARRAY: {
                List<Object> array = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    array.add(of(element));
                }
                return array;
            }
            case STRING:
                return node.textValue();
            case NUMBER:
                return node.numberValue();
            case BOOLEAN:
                return node.booleanValue();
            case NULL:
                return null;
            case MISSING:
                return JsonReader.NOTHING;
            default:
                throw new IllegalArgumentException("A " + node.getNodeType() + " node is not read from JSON");
        }
    }
}
