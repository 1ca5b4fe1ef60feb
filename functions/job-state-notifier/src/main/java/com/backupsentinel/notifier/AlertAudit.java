package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every published alert as one {@code Alert.Published} audit event (docs/audit-events.md). The event is
 * identified by what was alerted on, not by when: {@code eventId} is derived from the alert's dedup key and the
 * EventBridge event id, and {@code createdAt} is the event's own time, so a retried invocation that publishes the
 * same event again writes the same audit item, which the store keeps once. Recording never throws: the alert has
 * already gone out.
 */
final class AlertAudit {

    static final String OP_TYPE = "Alert.Published";
    static final String CALLER = AwsBackupEvent.SOURCE;
    static final String SOURCE = "JobStateNotifierFunction";

    private static final Logger LOG = LoggerFactory.getLogger(AlertAudit.class);

    private final AuditRecorder recorder;

    AlertAudit(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Records the published alert; {@code handling} is how long the function took from receipt to publish. */
    void published(AwsBackupEvent event, String dedupKey, AlertFacts facts, Classification classification,
                   String messageId, Duration handling) {
        String eventId = eventId(dedupKey, event.envelope().id());
        try {
            recorder.record(event(event.envelope(), eventId, facts, classification, messageId, handling));
        } catch (RuntimeException e) {
            LOG.warn("Audit event not recorded", entry("opType", OP_TYPE), entry("auditEventId", eventId),
                    entry("error", e.getClass().getSimpleName()));
        }
    }

    static AuditEvent event(EventEnvelope envelope, String eventId, AlertFacts facts, Classification classification,
                            String messageId, Duration handling) {
        Map<String, String> params = Map.of(
                "severity", classification.severity().name(),
                "eventType", envelope.detailType(),
                "jobId", facts.identifier(),
                "state", facts.state().orElse(""),
                "resourceArn", facts.resourceArn().orElse(""),
                "account", envelope.account(),
                "region", envelope.region(),
                "messageId", messageId);
        return new AuditEvent(eventId, OP_TYPE, envelope.time(), CALLER, "", 200, params, "",
                Math.max(0, handling.toMillis()), SOURCE);
    }

    /** 32 hex digits of SHA-256 over the op type, the dedup key and the EventBridge event id. */
    static String eventId(String dedupKey, String envelopeId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(String.join("\n", OP_TYPE, dedupKey, envelopeId)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
