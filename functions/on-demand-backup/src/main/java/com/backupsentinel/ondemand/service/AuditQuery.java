package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requests the audit trail should list.
 *
 * @param kinds     backup, restore or both
 * @param limit     at most this many, newest first
 * @param callerArn only this caller's requests, when present
 */
public record AuditQuery(List<RequestKind> kinds, int limit, Optional<String> callerArn) {

    public static final int MAX_LIMIT = 100;

    public AuditQuery {
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(callerArn, "callerArn");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must not be empty");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }
}
