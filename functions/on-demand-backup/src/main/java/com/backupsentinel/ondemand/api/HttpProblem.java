package com.backupsentinel.ondemand.api;

import java.util.Map;
import java.util.Objects;

/** A request the API answers with a 4xx before (or instead of) calling the service. */
final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final Map<String, String> headers;

    HttpProblem(int status, String field, String message) {
        this(status, field, message, Map.of());
    }

    HttpProblem(int status, String field, String message, Map<String, String> headers) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.field = Objects.requireNonNull(field, "field");
        this.headers = Map.copyOf(headers);
    }

    static HttpProblem badRequest(String field, String message) {
        return new HttpProblem(400, field, message);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    Map<String, String> headers() {
        return headers;
    }
}
