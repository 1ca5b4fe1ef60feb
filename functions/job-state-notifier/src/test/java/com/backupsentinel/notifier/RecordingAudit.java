package com.backupsentinel.notifier;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditRecorder;
import java.util.ArrayList;
import java.util.List;

/** Keeps every audit event it is given, in order. */
final class RecordingAudit implements AuditRecorder {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
