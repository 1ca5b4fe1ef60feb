package com.backupsentinel.ondemand.api;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.ondemand.service.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit event of one API request, answered or refused: {@code OnDemandBackup.<Route>} (e.g.
 * {@code OnDemandBackup.StartBackup}), the IAM caller, method, path, query, body (secrets and oversized bodies
 * cut by {@link AuditEvent}), response code and latency. API Gateway's request id makes the event id, so a
 * retried delivery of the same request is stored once.
 */
final class RequestAudit {

    static final String OP_PREFIX = "OnDemandBackup.";

    private RequestAudit() {
    }

    static AuditEvent of(ApiRequest request, Route route, ApiResponse response, Instant received, Instant answered) {
        Map<String, String> params = new TreeMap<>();
        request.query().forEach((name, value) -> params.put("query." + name, value));
        params.put("method", request.method());
        params.put("path", request.path());
        request.caller().map(Caller::sourceIp).filter(ip -> !ip.isBlank()).ifPresent(ip -> params.put("sourceIp", ip));
        String payload = request.body().map(body -> request.base64Encoded()
                ? "[base64 body, " + body.length() + " characters]" : body).orElse("");
        return new AuditEvent("ondemand-" + request.requestId(), OP_PREFIX + opName(route), received,
                request.caller().map(Caller::userArn).orElse(""), "", response.statusCode(), params, payload,
                Math.max(0, Duration.between(received, answered).toMillis()), "OnDemandBackupFunction");
    }

    /** START_BACKUP -> StartBackup; a request that matched no route -> Unrouted. */
    static String opName(Route route) {
        if (route == null) {
            return "Unrouted";
        }
        StringBuilder name = new StringBuilder();
        for (String word : route.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
