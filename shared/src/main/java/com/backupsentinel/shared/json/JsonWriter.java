package com.backupsentinel.shared.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes plain values (what {@link JsonReader} reads: maps, lists and other iterables, strings, numbers, booleans,
 * null) as compact JSON, byte for byte as Jackson 2 writes the same content with default settings, without Jackson:
 * map entries in their order (keys as {@code String.valueOf}), strings escaped as {@link JsonText#appendDocumentString}
 * says, integers as their decimal digits, a {@code Double} or {@code Float} as its {@code toString()} (a non-finite one
 * as a string: {@code "NaN"}), a {@code BigDecimal} as its {@code toString()}.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** {@code value} as UTF-8 JSON, as {@code ObjectMapper.writeValueAsBytes} (and {@link JsonTrees#writeBytes}) writes it. */
    public static byte[] writeBytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code value} as JSON text: the text of {@link #writeBytes} (as {@link JsonTrees#write}), in which every surrogate
     * char is escaped, so it has no lone surrogate to lose in UTF-8.
     */
    public static String write(Object value) {
        return append(new StringBuilder(), value, true).toString();
    }

    /**
     * {@code value} as Jackson's {@code JsonNode.toString()} prints the same content (its String writer: characters
     * outside the BMP, and lone surrogates, as they are): the compact JSON of a value in a message.
     */
    public static String print(Object value) {
        return append(new StringBuilder(), value, false).toString();
    }

    private static StringBuilder append(StringBuilder out, Object value, boolean escapeSurrogates) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            JsonText.appendDocumentString(out, text.toString(), escapeSurrogates);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                JsonText.appendDocumentString(out, String.valueOf(entry.getKey()), escapeSurrogates).append(':');
                append(out, entry.getValue(), escapeSurrogates);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                append(out.append(first ? "" : ","), item, escapeSurrogates);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Double number) {
            appendFloating(out, Double.toString(number), Double.isFinite(number), escapeSurrogates);
        } else if (value instanceof Float number) {
            appendFloating(out, Float.toString(number), Float.isFinite(number), escapeSurrogates);
        } else {
            throw new IllegalArgumentException("JsonWriter writes maps, iterables, strings, numbers, booleans and null, "
                    + "not a " + value.getClass().getName());
        }
        return out;
    }

    private static void appendFloating(StringBuilder out, String text, boolean finite, boolean escapeSurrogates) {
        if (finite) {
            out.append(text);
        } else {
            JsonText.appendDocumentString(out, text, escapeSurrogates);
        }
    }
}
