package com.backupsentinel.shared.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON into plain Java values without Jackson, accepting and rejecting exactly what Jackson 2.22's
 * {@code JsonFactory} and {@code ObjectMapper.readTree} (so {@link JsonTrees#read}) accept and reject with default
 * settings, and giving the values Jackson's untyped reading gives:
 * <ul>
 *   <li>an object as a {@code LinkedHashMap<String, Object>} (properties in order; a repeated name keeps its last
 *       value at its first place), an array as an {@code ArrayList<Object>};</li>
 *   <li>a string as a {@code String}; an integer as the smallest of {@code Integer}, {@code Long} and
 *       {@code BigInteger} that holds it, any other number as a {@code Double}; {@code true} and {@code false} as
 *       {@code Boolean}; {@code null} as Java's null;</li>
 *   <li>input with no value (empty, whitespace only, or a byte order mark and whitespace) as {@link #NOTHING}.</li>
 * </ul>
 * The containers are new and the caller's to keep. Like Jackson, the reader reads the first value and not what
 * follows it (see {@link JsonScanner} for the two cases where it looks at the next character), and enforces Jackson's
 * default limits: nesting 1,000 levels, numbers 1,000 digits, strings 20,000,000 characters, names 50,000 bytes.
 *
 * <p>Input is UTF-8, with or without a byte order mark. Jackson also reads UTF-16 and UTF-32, which it recognises by a
 * byte order mark or zero bytes in the first four bytes: such input (which no AWS service sends) is read by Jackson
 * itself, through {@link JsonTrees}, so Jackson's classes load only then.
 *
 * <p>Not reproduced: Jackson's defence against property names whose hashes collide in its symbol table (it rejects a
 * document with very many such names), which no real document meets.
 */
public final class JsonReader {

    /** What {@code read} returns for input that holds no value. */
    public static final Object NOTHING = new Nothing();

    private JsonReader() {
    }

    /** The first value of {@code json}, or {@link #NOTHING}. */
    public static Object read(byte[] json) throws MalformedJsonException {
        int start = utf8Start(json);
        return start < 0 ? JsonTreeValues.read(json) : JsonScanner.document(new JsonCursor(json, start));
    }

    /** The first value of {@code json} (as its UTF-8 bytes), or {@link #NOTHING}. */
    public static Object read(String json) throws MalformedJsonException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The first value of what {@code input} holds (read to its end, not closed), or {@link #NOTHING}. */
    public static Object read(InputStream input) throws IOException {
        return read(input.readAllBytes());
    }

    /**
     * Where UTF-8 content starts (3 after a UTF-8 byte order mark, else 0), or -1 when Jackson's encoding detection
     * ({@code ByteSourceJsonBootstrapper}) takes the input for UTF-16 or UTF-32, or rejects its byte order.
     */
    static int utf8Start(byte[] json) {
        if (json.length >= 4) {
            int quad = (json[0] << 24) | ((json[1] & 0xFF) << 16) | ((json[2] & 0xFF) << 8) | (json[3] & 0xFF);
            int firstTwo = quad >>> 16;
            if (quad == 0x0000FEFF || quad == 0xFFFE0000 || quad == 0x0000FFFE || quad == 0xFEFF0000
                    || firstTwo == 0xFEFF || firstTwo == 0xFFFE) {
                return -1;
            }
            if ((quad >>> 8) == 0xEFBBBF) {
                return 3;
            }
            boolean utf32 = (quad >> 8) == 0 || (quad & 0x00FFFFFF) == 0 || (quad & ~0x00FF0000) == 0
                    || (quad & ~0x0000FF00) == 0;
            return utf32 || (firstTwo & 0xFF00) == 0 || (firstTwo & 0x00FF) == 0 ? -1 : 0;
        }
        if (json.length >= 2 && (json[0] == 0 || json[1] == 0)) {
            return -1;
        }
        return 0;
    }

    /** The type of {@link #NOTHING}, named for messages. */
    private static final class Nothing {
        @Override
        public String toString() {
            return "nothing";
        }
    }
}
