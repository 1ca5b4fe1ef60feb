package com.backupsentinel.usage;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditRecorder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what ingestion did as audit events (docs/audit-events.md): a usage log ingested or quarantined, a config
 * backup version recorded. Callers record only after their conditional write said the object is new, so a redelivery
 * records nothing; the event id is derived from the object (key and ETag, or version), so even a repeated write would
 * name the same event. Thread-safe, and never throws: the object has already been processed.
 */
final class UsageAudit {

    static final String INGESTED = "UsageLog.Ingested";
    static final String QUARANTINED = "UsageLog.Quarantined";
    static final String CONFIG_RECORDED = "ConfigBackup.Recorded";
    static final String SOURCE = "UsageLogIngestorFunction";

    private static final Logger LOG = LoggerFactory.getLogger(UsageAudit.class);

    private final AuditRecorder recorder;

    UsageAudit(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    void ingested(String key, String etag, UsageLog log, Instant at, Duration took) {
        record(INGESTED, () -> ingestedEvent(key, etag, log, at, took));
    }

    void quarantined(String key, String etag, QuarantineReason reason, Instant at, Duration took) {
        record(QUARANTINED, () -> quarantinedEvent(key, etag, reason, at, took));
    }

    void configRecorded(ConfigVersion version, Instant at, Duration took) {
        record(CONFIG_RECORDED, () -> configEvent(version, at, took));
    }

    /** The deployer (caller ARN from the log) and customer, with the user, config MD5 and date. */
    static AuditEvent ingestedEvent(String key, String etag, UsageLog log, Instant at, Duration took) {
        return new AuditEvent(eventId(INGESTED, key, etag), INGESTED, at, log.userArn(), log.customer(), 200,
                Map.of("objectKey", key, "user", log.user(), "configMd5", log.configHash(),
                        "date", log.date().toString()),
                "", millis(took), SOURCE);
    }

    /** The deployer is unknown (the log was not read or not valid); the customer only when the key names a valid one. */
    static AuditEvent quarantinedEvent(String key, String etag, QuarantineReason reason, Instant at, Duration took) {
        return new AuditEvent(eventId(QUARANTINED, key, etag), QUARANTINED, at, "", customerInKey(key), 422,
                Map.of("objectKey", key, "reason", reason.name()), "", millis(took), SOURCE);
    }

    /** S3 events do not say who uploaded a config backup, so the caller is empty. */
    static AuditEvent configEvent(ConfigVersion version, Instant at, Duration took) {
        String versionId = version.versionId().orElse("");
        return new AuditEvent(eventId(CONFIG_RECORDED, version.sourceKey(), versionId, version.md5(),
                Long.toString(version.firstSeenAt().toEpochMilli())), CONFIG_RECORDED, at, "", version.customer(), 200,
                Map.of("objectKey", version.sourceKey(), "configMd5", version.md5(), "versionId", versionId,
                        "lastModified", version.firstSeenAt().toString()),
                "", millis(took), SOURCE);
    }

    /** The customer folder of {@code usage-logs/<customer>/...}, or empty when the key has none that is valid. */
    static String customerInKey(String key) {
        if (!key.startsWith(ObjectKeys.USAGE_LOGS)) {
            return "";
        }
        String[] segments = key.split("/", -1);
        if (segments.length < 3 || CustomerNames.problem(segments[1]).isPresent()) {
            return "";
        }
        return segments[1];
    }

    /** 32 hex digits of SHA-256 over the parts, one per line. */
    static String eventId(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private void record(String opType, Supplier<AuditEvent> event) {
        try {
            recorder.record(event.get());
        } catch (RuntimeException e) {
            LOG.warn("Audit event not recorded", entry("opType", opType), entry("error", e.getClass().getSimpleName()));
        }
    }

    private static long millis(Duration took) {
        return Math.max(0, took.toMillis());
    }
}
