package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.Caller;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the API sees it, free of API Gateway's event classes.
 *
 * @param method        the HTTP method, upper case
 * @param path          the path without the stage prefix, e.g. {@code /backups/latest}
 * @param query         query string parameters (last value wins)
 * @param body          the body as API Gateway delivered it; empty when there was none
 * @param base64Encoded whether {@code body} is base64 (API Gateway encodes non-text bodies)
 * @param caller        the IAM identity API Gateway verified; empty when the route was not IAM-authorized
 * @param requestId     API Gateway's request id, for logs and error bodies
 */
public record ApiRequest(String method, String path, Map<String, String> query, Optional<String> body,
                         boolean base64Encoded, Optional<Caller> caller, String requestId) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(requestId, "requestId");
    }
}
