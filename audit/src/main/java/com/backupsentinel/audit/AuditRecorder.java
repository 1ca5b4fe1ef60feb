package com.backupsentinel.audit;

/** Records what a function did. Implementations never throw: recording must not break the action recorded. */
@FunctionalInterface
public interface AuditRecorder {

    void record(AuditEvent event);

    /** For functions deployed without an audit table. */
    static AuditRecorder disabled() {
        return event -> {
        };
    }
}
