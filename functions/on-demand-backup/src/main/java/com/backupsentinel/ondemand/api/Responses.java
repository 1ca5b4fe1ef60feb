package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.RequestRejectedException;
import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Builds responses: JSON bodies, and error bodies {@code {"code", "error", "message", "field"}}. */
final class Responses {

    ApiResponse ok(ObjectNode body) {
        return json(200, body, Map.of());
    }

    ApiResponse json(int status, ObjectNode body, Map<String, String> headers) {
        return ApiResponse.json(status, JsonTrees.write(body), headers);
    }

    ApiResponse rejected(RequestRejectedException rejected) {
        int status = statusOf(rejected.reason());
        return problem(status, rejected.field(), rejected.getMessage(), status == 429 ? Map.of("Retry-After", "60")
                : Map.of());
    }

    /** An error body; {@code field} is left out when empty. */
    ApiResponse problem(int status, String field, String message, Map<String, String> headers) {
        ObjectNode body = JsonTrees.object();
        body.put("code", status);
        body.put("error", errorName(status));
        body.put("message", message);
        if (!field.isEmpty()) {
            body.put("field", field);
        }
        return json(status, body, headers);
    }

    static int statusOf(RequestRejectedException.Reason reason) {
        switch (reason) {
            case INVALID:
                return 400;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case CONFLICT:
                return 409;
            case TOO_MANY:
                return 429;
            default:
                throw new IllegalArgumentException("Unmapped reason " + reason);
        }
    }

    static String errorName(int status) {
        switch (status) {
            case 400:
                return "BadRequest";
            case 403:
                return "Forbidden";
            case 404:
                return "NotFound";
            case 405:
                return "MethodNotAllowed";
            case 409:
                return "Conflict";
            case 413:
                return "PayloadTooLarge";
            case 429:
                return "TooManyRequests";
            case 502:
                return "BadGateway";
            default:
                return status >= 500 ? "InternalServerError" : "Error";
        }
    }
}
