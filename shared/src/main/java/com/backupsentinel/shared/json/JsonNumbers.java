package com.backupsentinel.shared.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON number as Jackson 2.22 does with default settings: RFC 8259's syntax only (no leading zero, plus sign,
 * leading or trailing decimal point, NaN or Infinity), at most 1,000 digits (its integer, fraction and exponent digits
 * counted together: {@code StreamReadConstraints}' default), and at the top level followed by whitespace or nothing.
 * An integer becomes the smallest of {@code Integer}, {@code Long} and {@code BigInteger} that holds it, any other
 * number a {@code Double} ({@code 1e400} is infinite), as Jackson's number types and its tree and untyped readers
 * give them.
 */
final class JsonNumbers {

    static final int MAX_DIGITS = 1000;
    private static final int LONG_DIGITS = 18;

    private JsonNumbers() {
    }

    /** The number at the cursor (its first byte is '-' or a digit), read; {@code root} when it is the whole value. */
    static Number read(JsonCursor in, boolean root) throws MalformedJsonException {
        int start = in.position;
        if (in.peek() == '-') {
            in.position++;
        }
        int integerStart = in.position;
        int first = in.peek();
        if (first == '0') {
            in.position++;
            if (isDigit(in.peek())) {
                throw in.error("a number with a leading zero", integerStart, "a number does not start with 0 and a digit");
            }
        } else if (isDigit(first)) {
            digits(in);
        } else {
            throw in.unexpected(in.position, "expected a digit after '-'");
        }
        int integerDigits = in.position - integerStart;
        int otherDigits = 0;
        boolean integer = true;
        if (in.peek() == '.') {
            in.position++;
            integer = false;
            int fraction = digits(in);
            if (fraction == 0) {
                throw in.unexpected(in.position, "expected a digit after the decimal point");
            }
            otherDigits += fraction;
        }
        if (in.peek() == 'e' || in.peek() == 'E') {
            in.position++;
            integer = false;
            if (in.peek() == '+' || in.peek() == '-') {
                in.position++;
            }
            int exponent = digits(in);
            if (exponent == 0) {
                throw in.unexpected(in.position, "expected a digit in the exponent");
            }
            otherDigits += exponent;
        }
        if (integerDigits + otherDigits > MAX_DIGITS) {
            throw in.error("a number of " + (integerDigits + otherDigits) + " digits", start,
                    "numbers have at most " + MAX_DIGITS + " digits");
        }
        int after = in.peek();
        if (root && after != JsonCursor.END && after != ' ' && after != '\t' && after != '\n' && after != '\r') {
            throw in.unexpected(in.position, "expected whitespace or the end of the input after the number");
        }
        String text = new String(in.bytes, start, in.position - start, StandardCharsets.ISO_8859_1);
        return integer ? integer(text, integerDigits) : Double.valueOf(Double.parseDouble(text));
    }

    private static Number integer(String text, int digits) {
        if (digits <= LONG_DIGITS) {
            long value = Long.parseLong(text);
            return value == (int) value ? (Number) Integer.valueOf((int) value) : (Number) Long.valueOf(value);
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < Long.SIZE ? (Number) Long.valueOf(value.longValue()) : value;
    }

    /** Reads the digits at the cursor; how many. */
    private static int digits(JsonCursor in) {
        int from = in.position;
        while (isDigit(in.peek())) {
            in.position++;
        }
        return in.position - from;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
