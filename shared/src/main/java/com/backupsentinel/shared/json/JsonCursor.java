package com.backupsentinel.shared.json;

import java.util.Locale;

/**
 * The UTF-8 bytes of a JSON document, how far the reader has got in them, and errors that say where: line and column
 * (from 1, the column counted in characters, worked out only when there is an error) and byte offset (from 0).
 */
final class JsonCursor {

    /** What {@link #peek()} returns at the end of the input. */
    static final int END = -1;

    final byte[] bytes;
    /** Where the content starts: after a UTF-8 byte order mark, if there is one. */
    private final int start;
    /** The next byte to read. */
    int position;

    JsonCursor(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
        this.position = start;
    }

    /** The byte at the position (0 to 255), left unread; {@link #END} at the end. */
    int peek() {
        return position < bytes.length ? bytes[position] & 0xFF : END;
    }

    /** The byte at the position (0 to 255), read; {@link #END} at the end. */
    int next() {
        return position < bytes.length ? bytes[position++] & 0xFF : END;
    }

    /**
     * The code point of the UTF-8 sequence at {@code at}, decoded as Jackson decodes a character it reports (no check
     * for overlong forms, surrogates or the end of Unicode), or -1 when the bytes there are not such a sequence.
     */
    int codePointAt(int at) {
        int lead = at < bytes.length ? bytes[at] & 0xFF : END;
        if (lead < 0x80) {
            return lead;
        }
        int more = continuationBytes(lead);
        if (more < 0) {
            return -1;
        }
        int codePoint = leadBits(lead, more);
        for (int i = at + 1; i <= at + more; i++) {
            if (i >= bytes.length || (bytes[i] & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
        }
        return codePoint;
    }

    /**
     * How many continuation bytes the UTF-8 sequence started by {@code lead} (not ASCII) has: 1 to 3, or -1 when
     * {@code lead} cannot start one.
     */
    static int continuationBytes(int lead) {
        if ((lead & 0xE0) == 0xC0) {
            return 1;
        }
        if ((lead & 0xF0) == 0xE0) {
            return 2;
        }
        return (lead & 0xF8) == 0xF0 ? 3 : -1;
    }

    /** The code point bits a lead byte with {@code more} continuation bytes carries. */
    static int leadBits(int lead, int more) {
        return lead & (0x7F >> (more + 1));
    }

    /** An error for what is at {@code at}: {@code unexpected character 'x' at line 1, column 5: expected a value}. */
    MalformedJsonException unexpected(int at, String expected) {
        return error("unexpected " + describe(at), at, expected);
    }

    /** An error: {@code problem at line L, column C}, then {@code : expected} unless that is empty. */
    MalformedJsonException error(String problem, int at, String expected) {
        int line = 1;
        int column = 1;
        for (int i = start; i < at && i < bytes.length; i++) {
            int b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new MalformedJsonException(problem, expected, line, column, at);
    }

    /** What is at {@code at}, for a message: {@code character 'x'}, {@code control character U+0001}, ... */
    String describe(int at) {
        if (at >= bytes.length) {
            return "end of input";
        }
        int b = bytes[at] & 0xFF;
        if (b < 0x20 || b == 0x7F) {
            return "control character " + unicode(b);
        }
        if (b < 0x80) {
            return "character '" + (char) b + "'";
        }
        int codePoint = codePointAt(at);
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            return "byte " + hexByte(b) + " (not UTF-8)";
        }
        return "character '" + new String(Character.toChars(codePoint)) + "' (" + unicode(codePoint) + ")";
    }

    /** {@code U+00E9}. */
    static String unicode(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
        return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
    }

    /** {@code 0xC3}. */
    static String hexByte(int b) {
        return "0x" + Character.toUpperCase(Character.forDigit(b >> 4, 16))
                + Character.toUpperCase(Character.forDigit(b & 0xF, 16));
    }
}
