package com.backupsentinel.shared.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the first JSON value of UTF-8 bytes as Jackson 2.22's {@code JsonFactory} and {@code ObjectMapper.readTree}
 * do with default settings, into plain values (see {@link JsonReader}):
 * <ul>
 *   <li>whitespace is space, tab, line feed and carriage return; no comments, single quotes, unquoted names,
 *       trailing or missing commas;</li>
 *   <li>objects and arrays nest at most 1,000 levels ({@code StreamReadConstraints}' default);</li>
 *   <li>what follows the first value is not read, except that a top-level number must be followed by whitespace or
 *       nothing, and {@code true}, {@code false} or {@code null} anywhere by a character that cannot continue a Java
 *       identifier ({@code truex} and {@code true1} are errors, {@code true:} at the top level is {@code true}): Jackson
 *       looks at the next character in these two cases, and only in these;</li>
 *   <li>a repeated property name keeps its last value, at its first place.</li>
 * </ul>
 * Strings and names are read by {@link JsonStrings}, numbers by {@link JsonNumbers}.
 */
final class JsonScanner {

    static final int MAX_DEPTH = 1000;
    private static final String A_VALUE = "expected a value (an object, array, string, number, true, false or null)";

    private final JsonCursor in;
    private int depth;

    private JsonScanner(JsonCursor in) {
        this.in = in;
    }

    /** The first value at the cursor, or {@link JsonReader#NOTHING} when there is only whitespace. */
    static Object document(JsonCursor in) throws MalformedJsonException {
        JsonScanner scanner = new JsonScanner(in);
        int first = scanner.skipWhitespace();
        return first == JsonCursor.END ? JsonReader.NOTHING : scanner.value(first, true);
    }

    /** The next byte that is not whitespace, left unread; {@link JsonCursor#END} at the end. */
    static int skipWhitespace(JsonCursor in) {
        while (true) {
            int c = in.peek();
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            in.position++;
        }
    }

    private int skipWhitespace() {
        return skipWhitespace(in);
    }

    /** The value that starts with {@code c}, the byte at the cursor. */
    private Object value(int c, boolean root) throws MalformedJsonException {
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                in.position++;
                return JsonStrings.value(in);
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return JsonNumbers.read(in, root);
                }
                throw in.unexpected(in.position, A_VALUE);
        }
    }

    private Map<String, Object> object() throws MalformedJsonException {
        enter();
        Map<String, Object> object = new LinkedHashMap<>();
        int c = skipWhitespace();
        if (c == '}') {
            return leave(object);
        }
        while (true) {
            if (c != '"') {
                throw in.unexpected(in.position, "expected a property name in double quotes");
            }
            in.position++;
            String name = JsonStrings.name(in);
            if (skipWhitespace() != ':') {
                throw in.unexpected(in.position, "expected ':' after the property name");
            }
            in.position++;
            object.put(name, value(skipWhitespace(), false));
            c = skipWhitespace();
            if (c == '}') {
                return leave(object);
            }
            if (c != ',') {
                throw in.unexpected(in.position, "expected ',' or '}' after a property of the object");
            }
            in.position++;
            c = skipWhitespace();
        }
    }

    private List<Object> array() throws MalformedJsonException {
        enter();
        List<Object> array = new ArrayList<>();
        int c = skipWhitespace();
        if (c == ']') {
            return leave(array);
        }
        while (true) {
            array.add(value(c, false));
            c = skipWhitespace();
            if (c == ']') {
                return leave(array);
            }
            if (c != ',') {
                throw in.unexpected(in.position, "expected ',' or ']' after an element of the array");
            }
            in.position++;
            c = skipWhitespace();
        }
    }

    /** Past the '{' or '[' at the cursor, one level deeper. */
    private void enter() throws MalformedJsonException {
        if (++depth > MAX_DEPTH) {
            throw in.error("nesting deeper than " + MAX_DEPTH + " levels", in.position,
                    "objects and arrays nest at most " + MAX_DEPTH + " levels");
        }
        in.position++;
    }

    /** Past the '}' or ']' at the cursor, one level up. */
    private <T> T leave(T container) {
        in.position++;
        depth--;
        return container;
    }

    private Object literal(String word, Object value) throws MalformedJsonException {
        int start = in.position;
        for (int i = 0; i < word.length(); i++) {
            if (in.peek() != word.charAt(i)) {
                String found = wordAt(start);
                throw found.equals(word.substring(0, i)) ? in.unexpected(in.position, "expected " + word)
                        : in.error("unexpected word '" + found + "'", start, A_VALUE);
            }
            in.position++;
        }
        int c = in.peek();
        if (c == JsonCursor.END || c < '0' || c == ']' || c == '}') {
            return value;
        }
        int following = c < 0x80 ? c : in.codePointAt(in.position);
        if (following < 0) {
            throw in.error("unexpected " + in.describe(in.position) + " after " + word, in.position, "");
        }
        if (Character.isJavaIdentifierPart((char) following)) {
            throw in.error("unexpected " + in.describe(in.position) + " after " + word, in.position,
                    "expected whitespace, ',', ']' or '}'");
        }
        return value;
    }

    /** The letters and digits from {@code start}, for a message (at most 40 of them). */
    private String wordAt(int start) {
        StringBuilder word = new StringBuilder();
        int i = start;
        while (word.length() < 40) {
            int codePoint = in.codePointAt(i);
            if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT || !Character.isLetterOrDigit(codePoint)) {
                break;
            }
            word.appendCodePoint(codePoint);
            i += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        }
        return word.toString();
    }
}
