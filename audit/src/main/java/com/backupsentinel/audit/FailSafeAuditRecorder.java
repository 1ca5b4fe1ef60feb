package com.backupsentinel.audit;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends to the {@link AuditStore}; a failure is never thrown (recording must not break the action). It is
 * counted ({@value #WRITE_FAILURES}) and logged with the event's exported line ({@value #REPLAY_FIELD}: the same
 * redacted, cut line the store and the export would hold), so the event can be replayed later into the table with
 * AuditExportFunction's {@code {"action": "replay", "lines": [...]}}: nothing is lost, and a replay is idempotent.
 */
public final class FailSafeAuditRecorder implements AuditRecorder {

    /** The metric counted when an audit write fails. */
    public static final String WRITE_FAILURES = "AuditWriteFailures";

    /** The log field holding the line to replay. */
    public static final String REPLAY_FIELD = "auditLine";

    /** The log message of a failed write; the replay runbook searches for it. */
    public static final String NOT_RECORDED = "Audit event not recorded; replay its auditLine";

    private static final Logger LOG = LoggerFactory.getLogger(FailSafeAuditRecorder.class);

    private final AuditStore store;
    private final MetricsRecorder metrics;

    public FailSafeAuditRecorder(AuditStore store, MetricsRecorder metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void record(AuditEvent event) {
        try {
            store.append(event);
        } catch (RuntimeException e) {
            LOG.error(NOT_RECORDED, entry("opType", event.opType()), entry("eventId", event.eventId()),
                    entry("error", e.getClass().getSimpleName() + ": " + e.getMessage()),
                    entry(REPLAY_FIELD, AuditJson.toLine(event)));
            metrics.count(WRITE_FAILURES, 1, Map.of());
        }
    }
}
