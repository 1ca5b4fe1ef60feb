package com.backupsentinel.standins.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request as the fault proxy reads it off a client connection: request line, headers in order, and
 * the body (fixed length or chunked, de-chunked here). It can be written again, unchanged but for the headers the
 * proxy must own ({@code Connection}, {@code Expect}, framing).
 */
final class ProxiedRequest {

    static final int MAX_HEAD_BYTES = 64 * 1024;

    private final String method;
    private final String target;
    private final String version;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;

    private ProxiedRequest(String method, String target, String version, List<Map.Entry<String, String>> headers,
                           byte[] body) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = List.copyOf(headers);
        this.body = body;
    }

    /**
     * Reads the next request; empty at a clean end of stream. {@code continueSink} gets the interim
     * {@code 100 Continue} a client that sent {@code Expect: 100-continue} waits for before its body.
     */
    static Optional<ProxiedRequest> read(InputStream in, OutputStream continueSink) throws IOException {
        Optional<String> head = HttpHead.read(in, MAX_HEAD_BYTES);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = head.get().split("\r\n");
        String[] requestLine = lines[0].split(" ", 3);
        if (requestLine.length != 3) {
            throw new IOException("malformed request line: " + lines[0]);
        }
        List<Map.Entry<String, String>> headers = HttpHead.headers(lines);
        if (HttpHead.value(headers, "Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false)) {
            continueSink.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            continueSink.flush();
        }
        byte[] body;
        if (HttpHead.value(headers, "Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false)) {
            body = readChunked(in);
        } else {
            long length = HttpHead.value(headers, "Content-Length").map(Long::parseLong).orElse(0L);
            body = in.readNBytes(Math.toIntExact(length));
            if (body.length != length) {
                throw new EOFException("request body ended after " + body.length + " of " + length + " bytes");
            }
        }
        return Optional.of(new ProxiedRequest(requestLine[0], requestLine[1], requestLine[2], headers, body));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = HttpHead.line(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!HttpHead.line(in).isEmpty()) {
                    // trailers: the proxy forwards a fixed-length body, so they are dropped
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("chunk ended after " + chunk.length + " of " + size + " bytes");
            }
            body.write(chunk);
            HttpHead.line(in);
        }
    }

    /** Writes the request for the upstream: same line, headers and body, framed by length, on a closing connection. */
    void writeTo(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(' ').append(version)
                .append("\r\n");
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("connection") && !name.equals("expect") && !name.equals("transfer-encoding")
                    && !name.equals("content-length") && !name.equals("keep-alive")) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
        }
        if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    String method() {
        return method;
    }

    /** The path without the query, still percent-encoded. */
    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The query string without '?', still percent-encoded; empty when there is none. */
    String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? "" : target.substring(query + 1);
    }

    Optional<String> header(String name) {
        return HttpHead.value(headers, name);
    }

    byte[] body() {
        return body.clone();
    }
}
