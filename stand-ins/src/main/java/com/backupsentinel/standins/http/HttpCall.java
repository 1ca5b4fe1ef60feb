package com.backupsentinel.standins.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One received HTTP request, read fully: method, decoded path segments, query parameters, body, and the AWS
 * region named in the SigV4 {@code Authorization} header's credential scope.
 */
public final class HttpCall {

    private static final Pattern CREDENTIAL_SCOPE = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([^/,\\s]+)/");
    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/,\\s]+)/");

    private final String method;
    private final List<String> segments;
    private final Map<String, String> query;
    private final byte[] body;
    private final Optional<String> region;
    private final Map<String, List<String>> headers;

    private HttpCall(String method, List<String> segments, Map<String, String> query, byte[] body,
                     Optional<String> region, Map<String, List<String>> headers) {
        this.method = method;
        this.segments = segments;
        this.query = query;
        this.body = body;
        this.region = region;
        this.headers = headers;
    }

    /** Reads the whole request from {@code exchange}. */
    public static HttpCall read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return new HttpCall(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                segments(exchange.getRequestURI().getRawPath()),
                parseForm(exchange.getRequestURI().getRawQuery()),
                body, regionOf(authorization), Collections.unmodifiableMap(headers));
    }

    /** The region in a SigV4 Authorization header's credential scope, if the header has one. */
    public static Optional<String> regionOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = CREDENTIAL_SCOPE.matcher(authorization);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Parses {@code a=1&b=2} (query strings and form bodies, '+' meaning space); later duplicates win. */
    public static Map<String, String> parseForm(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static List<String> segments(String rawPath) {
        List<String> result = new ArrayList<>();
        if (rawPath == null) {
            return result;
        }
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                result.add(decodeSegment(segment));
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** Percent-decodes a path segment, where (unlike in a query or form) '+' is a literal plus. */
    private static String decodeSegment(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public String method() {
        return method;
    }

    /** The URL-decoded, non-empty path segments: {@code /backup-vaults/a%3Ab/} gives {@code [backup-vaults, a:b]}. */
    public List<String> segments() {
        return segments;
    }

    public Map<String, String> query() {
        return Collections.unmodifiableMap(query);
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> region() {
        return region;
    }

    /** The access key id that signed the request (the SigV4 credential scope's first part), if it was signed. */
    public Optional<String> accessKeyId() {
        Matcher matcher = ACCESS_KEY.matcher(header("Authorization").orElse(""));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
