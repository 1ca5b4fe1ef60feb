package com.backupsentinel.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts audit events that could not be recorded back into the store, from the lines {@link FailSafeAuditRecorder}
 * logged for them. Appending is idempotent (same event id and createdAt, same item), so replaying a line twice, or
 * a line whose first write did land after all, stores the event once.
 */
public final class AuditReplayService {

    /** The most lines one replay takes: one invocation's worth, well inside its timeout. */
    public static final int MAX_LINES = 1000;

    private final AuditStore store;

    public AuditReplayService(AuditStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Parses every line first (a bad one rejects the whole replay, naming it), then appends each event. */
    public int replay(List<String> lines) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("Field 'lines' must hold 1 to " + MAX_LINES + " audit lines, got "
                    + lines.size());
        }
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                events.add(AuditJson.fromLine(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lines[" + i + "] is not an audit line: " + e.getMessage(), e);
            }
        }
        events.forEach(store::append);
        return events.size();
    }
}
