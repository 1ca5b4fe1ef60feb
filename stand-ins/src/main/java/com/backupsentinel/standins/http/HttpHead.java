package com.backupsentinel.standins.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the head of an HTTP/1.1 message (start line and headers) byte by byte, without buffering past it. */
final class HttpHead {

    /** CR LF CR LF as the last four bytes read. */
    private static final int END_OF_HEAD = 0x0D0A0D0A;

    private HttpHead() {
    }

    /** The head up to (not including) the blank line; empty when the stream ends before its first byte. */
    static Optional<String> read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return Optional.empty();
                }
                throw new EOFException("connection closed inside an HTTP head");
            }
            head.write(b);
            last4 = (last4 << 8) | b;
            if (head.size() > maxBytes) {
                throw new IOException("HTTP head longer than " + maxBytes + " bytes");
            }
        }
        byte[] bytes = head.toByteArray();
        return Optional.of(new String(bytes, 0, bytes.length - 4, StandardCharsets.ISO_8859_1));
    }

    /** One CRLF-terminated line, without the CRLF. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside a line");
            }
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }

    /** The header lines of a head split into lines (the first line, the start line, is skipped). */
    static List<Map.Entry<String, String>> headers(String[] lines) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
            }
        }
        return headers;
    }

    /** The first value of header {@code name} (case-insensitive). */
    static Optional<String> value(List<Map.Entry<String, String>> headers, String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }
}
