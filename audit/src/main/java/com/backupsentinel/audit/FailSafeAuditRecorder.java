package com.backupsentinel.audit;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends to the {@link AuditStore}; a failure is logged and counted, never thrown. */
public final class FailSafeAuditRecorder implements AuditRecorder {

    /** The metric counted when an audit write fails. */
    public static final String WRITE_FAILURES = "AuditWriteFailures";

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
            LOG.warn("Audit event not recorded: opType={} eventId={} error={}: {}", event.opType(), event.eventId(),
                    e.getClass().getSimpleName(), e.getMessage());
            metrics.count(WRITE_FAILURES, 1, Map.of());
        }
    }
}
