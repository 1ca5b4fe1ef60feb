package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.AuditQuery;
import com.backupsentinel.ondemand.service.RequestKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The query string of {@code GET /audit}: {@code kind=backup|restore}, {@code limit=1..100}, {@code caller=ARN}. */
final class AuditParameters {

    static final int DEFAULT_LIMIT = 20;
    private static final Set<String> NAMES = Set.of("kind", "limit", "caller");

    private AuditParameters() {
    }

    static AuditQuery parse(Map<String, String> query) {
        for (String name : query.keySet()) {
            if (!NAMES.contains(name)) {
                throw HttpProblem.badRequest(RouteMatch.shorten(name), "unknown query parameter '"
                        + RouteMatch.shorten(name) + "'; allowed: caller, kind, limit");
            }
        }
        return new AuditQuery(kinds(query.get("kind")), limit(query.get("limit")), caller(query.get("caller")));
    }

    private static List<RequestKind> kinds(String kind) {
        if (kind == null) {
            return List.of(RequestKind.BACKUP, RequestKind.RESTORE);
        }
        for (RequestKind candidate : RequestKind.values()) {
            if (candidate.wireName().equals(kind)) {
                return List.of(candidate);
            }
        }
        throw HttpProblem.badRequest("kind", "kind must be backup or restore, got '" + RouteMatch.shorten(kind) + "'");
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= AuditQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw HttpProblem.badRequest("limit", "limit must be a whole number from 1 to " + AuditQuery.MAX_LIMIT
                + ", got '" + RouteMatch.shorten(limit) + "'");
    }

    private static Optional<String> caller(String caller) {
        if (caller == null) {
            return Optional.empty();
        }
        JsonBody.requireArn("caller", caller);
        return Optional.of(caller);
    }
}
