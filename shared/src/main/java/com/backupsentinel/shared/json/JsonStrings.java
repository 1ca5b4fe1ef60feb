package com.backupsentinel.shared.json;

import java.nio.charset.StandardCharsets;

/**
 * Reads JSON strings and property names from UTF-8 as Jackson 2.22's UTF-8 parser does with default settings:
 * <ul>
 *   <li>escapes {@code \" \\ \/ \b \f \n \r \t} and {@code \}{@code uXXXX} only; control characters below U+0020 must
 *       be escaped;</li>
 *   <li>UTF-8 as Jackson decodes it: a lead byte C0-DF, E0-EF or F0-F7 followed by its continuation bytes; overlong
 *       forms and four-byte forms beyond U+10FFFF are taken as they come, a three-byte form of a surrogate is an
 *       error;</li>
 *   <li>a string may hold any {@code \}{@code u} escape, a lone surrogate included; in a property name a high
 *       surrogate escape must be followed at once by a low surrogate escape, and a low one alone is an error;</li>
 *   <li>a string has at most 20,000,000 characters (UTF-16 units), a property name at most 50,000 bytes (its UTF-8
 *       bytes as written, an escape counted as the UTF-8 of the character it stands for): Jackson's default
 *       {@code StreamReadConstraints}.</li>
 * </ul>
 */
final class JsonStrings {

    static final int MAX_STRING_LENGTH = 20_000_000;
    static final int MAX_NAME_BYTES = 50_000;

    private JsonStrings() {
    }

    /** A string value; the cursor is past its opening quote, and ends past its closing one. */
    static String value(JsonCursor in) throws MalformedJsonException {
        return read(in, false);
    }

    /** A property name; the cursor is past its opening quote, and ends past its closing one. */
    static String name(JsonCursor in) throws MalformedJsonException {
        return read(in, true);
    }

    private static String read(JsonCursor in, boolean name) throws MalformedJsonException {
        int opening = in.position - 1;
        byte[] bytes = in.bytes;
        int ascii = in.position;
        while (ascii < bytes.length && bytes[ascii] >= 0x20 && bytes[ascii] != '"' && bytes[ascii] != '\\') {
            ascii++;
        }
        if (ascii < bytes.length && bytes[ascii] == '"') {
            String text = new String(bytes, in.position, ascii - in.position, StandardCharsets.ISO_8859_1);
            in.position = ascii + 1;
            return checkedLength(in, text, text.length(), name, opening);
        }
        StringBuilder text = new StringBuilder(ascii - in.position + 16);
        int nameBytes = ascii - in.position;
        while (in.position < ascii) {
            text.append((char) bytes[in.position++]);
        }
        while (true) {
            int at = in.position;
            int c = in.next();
            if (c == '"') {
                return checkedLength(in, text.toString(), nameBytes, name, opening);
            }
            if (c == JsonCursor.END) {
                throw in.error("unterminated " + (name ? "property name" : "string"), opening,
                        "the input ended before its closing '\"'");
            }
            if (c == '\\') {
                nameBytes += escape(in, at, text, name);
            } else if (c < 0x20) {
                throw in.error("control character " + JsonCursor.unicode(c) + " in a " + (name ? "property name" : "string"),
                        at, "characters below U+0020 must be escaped");
            } else if (c < 0x80) {
                text.append((char) c);
                nameBytes++;
            } else {
                nameBytes += multiByte(in, c, at, text, name);
            }
        }
    }

    private static String checkedLength(JsonCursor in, String text, int nameBytes, boolean name, int opening)
            throws MalformedJsonException {
        if (name && nameBytes > MAX_NAME_BYTES) {
            throw in.error("a property name of " + nameBytes + " bytes", opening,
                    "names have at most " + MAX_NAME_BYTES + " bytes");
        }
        if (!name && text.length() > MAX_STRING_LENGTH) {
            throw in.error("a string of " + text.length() + " characters", opening,
                    "strings have at most " + MAX_STRING_LENGTH + " characters");
        }
        return text;
    }

    /** Appends the character(s) an escape stands for; how many UTF-8 bytes they count for in a name. */
    private static int escape(JsonCursor in, int at, StringBuilder text, boolean name) throws MalformedJsonException {
        char c = escaped(in, at);
        if (name && Character.isHighSurrogate(c)) {
            int lowAt = in.position;
            if (in.next() != '\\') {
                throw in.error("a high surrogate escape in a property name without a low one after it", at,
                        "expected \\uDC00 to \\uDFFF right after it");
            }
            char low = escaped(in, lowAt);
            if (!Character.isLowSurrogate(low)) {
                throw in.error("a high surrogate escape in a property name followed by " + JsonCursor.unicode(low), at,
                        "expected a low surrogate (\\uDC00 to \\uDFFF) after it");
            }
            text.append(c).append(low);
            return 4;
        }
        if (name && Character.isLowSurrogate(c)) {
            throw in.error("a low surrogate escape in a property name without a high one before it", at, "");
        }
        text.append(c);
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    /** The character of the escape at {@code at}; the cursor is past its backslash and ends past the escape. */
    private static char escaped(JsonCursor in, int at) throws MalformedJsonException {
        int c = in.next();
        switch (c) {
            case '"', '\\', '/':
                return (char) c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape(in);
            default:
                if (c == JsonCursor.END) {
                    throw in.error("unterminated escape", at, "the input ended after its '\\'");
                }
                throw in.error("invalid escape \\" + (c > 0x20 && c < 0x7F ? String.valueOf((char) c)
                        : " followed by " + in.describe(at + 1)), at,
                        "expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits");
        }
    }

    /** The character of {@code \}{@code uXXXX}; the cursor is past the {@code u}. */
    private static char unicodeEscape(JsonCursor in) throws MalformedJsonException {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int c = in.peek();
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw in.unexpected(in.position, "expected four hex digits after \\u");
            }
            in.position++;
            value = (value << 4) | digit;
        }
        return (char) value;
    }

    /**
     * Appends the character(s) of the UTF-8 sequence whose lead byte is {@code lead} (already read, at {@code at});
     * how many bytes it took. A four-byte sequence becomes two chars as Jackson computes them, which differs between
     * names and strings for an overlong form.
     */
    private static int multiByte(JsonCursor in, int lead, int at, StringBuilder text, boolean name)
            throws MalformedJsonException {
        int more = JsonCursor.continuationBytes(lead);
        if (more < 0) {
            throw in.error("invalid UTF-8: byte " + JsonCursor.hexByte(lead) + " cannot start a character", at, "");
        }
        int codePoint = JsonCursor.leadBits(lead, more);
        for (int i = 0; i < more; i++) {
            int next = in.peek();
            if (next == JsonCursor.END || (next & 0xC0) != 0x80) {
                throw in.error("invalid UTF-8: " + (next == JsonCursor.END ? "the input ended"
                        : "byte " + JsonCursor.hexByte(next) + " came") + " where the character started by "
                        + JsonCursor.hexByte(lead) + " needs a continuation byte", in.position, "");
            }
            in.position++;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (more == 2 && codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            throw in.error("invalid UTF-8: the surrogate " + JsonCursor.unicode(codePoint) + " encoded as a character", at,
                    "");
        }
        if (more == 3) {
            int supplementary = codePoint - 0x10000;
            int high = name ? 0xD800 + (supplementary >> 10) : 0xD800 | (supplementary >> 10);
            text.append((char) high).append((char) (0xDC00 | (supplementary & 0x3FF)));
        } else {
            text.append((char) codePoint);
        }
        return more + 1;
    }
}
