package com.backupsentinel.ondemand.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An HTTP response: status, headers and a JSON body. */
public record ApiResponse(int statusCode, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    static ApiResponse json(int statusCode, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", "no-store");
        headers.putAll(extraHeaders);
        return new ApiResponse(statusCode, headers, body);
    }
}
