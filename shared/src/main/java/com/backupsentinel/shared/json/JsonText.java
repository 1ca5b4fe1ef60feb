package com.backupsentinel.shared.json;

/**
 * JSON text without Jackson: string quoting and numbers for the log and metric lines written on every invocation,
 * and the strings of the documents {@link JsonWriter} writes. Loads no class beyond {@link StringBuilder}, which keeps
 * logging off the cold-start path.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private JsonText() {
    }

    /**
     * Appends {@code value} as a JSON string for a log line (quoted and escaped: control characters, U+2028 and
     * U+2029 as lower-case {@code \}{@code u} escapes, except \n \r \t), or {@code null}.
     */
    public static StringBuilder appendString(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        appendUnicodeEscape(out, c, HEX);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * Appends a value: numbers and booleans as JSON literals (non-finite numbers as strings), everything else as its
     * {@code toString()} in a JSON string.
     */
    public static StringBuilder appendValue(StringBuilder out, Object value) {
        if (value == null) {
            return out.append("null");
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            return out.append(value);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? out.append(number) : appendString(out, Double.toString(number));
        }
        return appendString(out, value.toString());
    }

    /**
     * Appends {@code value} as a JSON string exactly as Jackson 2's generator writes it with default settings:
     * {@code "} and {@code \} escaped, control characters as \b \t \n \f \r or an upper-case {@code \}{@code u00XX}
     * escape, everything else as it is ({@code /}, DEL, U+2028, U+2029 and non-ASCII unescaped); with
     * {@code escapeSurrogates} every surrogate char (each half of a pair, and a lone one) as an upper-case
     * {@code \}{@code uXXXX} escape, as its UTF-8 generator (writeValueAsBytes) does, while its String writer
     * ({@code JsonNode.toString()}) leaves them as they are.
     */
    static StringBuilder appendDocumentString(StringBuilder out, String value, boolean escapeSurrogates) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || escapeSurrogates && Character.isSurrogate(c)) {
                        appendUnicodeEscape(out, c, HEX_UPPER);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c, char[] hex) {
        out.append("\\u").append(hex[(c >> 12) & 0xF]).append(hex[(c >> 8) & 0xF])
                .append(hex[(c >> 4) & 0xF]).append(hex[c & 0xF]);
    }
}
