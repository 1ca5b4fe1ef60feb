package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.notification.NotificationPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides and sends one alert per AWS Backup event: skips events that cannot reach the notification level,
 * claims the alert's dedup key (a duplicate publishes nothing), enriches, classifies, publishes, and confirms
 * the claim. If anything fails after the claim and before publishing (a hanging SNS included: every AWS call ends
 * before the invocation's deadline), the claim is released and the failure rethrown, so Lambda's retry can publish.
 * A claim is leased until the invocation's end: if the invocation is killed before it can release it, the retry
 * takes it over. Every published alert is recorded as an audit event; duplicates and events below the level are
 * not alerts and are not recorded.
 */
final class AlertService {

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final NotificationLevel level;
    private final SeverityPolicy policy;
    private final DedupStore dedup;
    private final Enricher enricher;
    private final AlertRenderer renderer;
    private final NotificationPublisher publisher;
    private final MetricsRecorder metrics;
    private final AlertAudit audit;
    private final Clock clock;

    AlertService(NotificationLevel level, SeverityPolicy policy, DedupStore dedup, Enricher enricher,
                 NotificationPublisher publisher, MetricsRecorder metrics, AuditRecorder audit, Clock clock) {
        this.level = Objects.requireNonNull(level, "level");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.dedup = Objects.requireNonNull(dedup, "dedup");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.renderer = new AlertRenderer(level);
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.audit = new AlertAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Alerts on {@code event} outside a Lambda invocation: the claim's lease is the policy's fixed one. */
    AlertOutcome handle(AwsBackupEvent event) {
        return handle(event, DedupPolicy.STANDARD.lease());
    }

    /**
     * Alerts on {@code event} within an invocation that Lambda ends {@code invocationLeft} from now; a claim left
     * behind by a killed invocation lapses then.
     */
    AlertOutcome handle(AwsBackupEvent event, Duration invocationLeft) {
        Instant received = clock.instant();
        String key = DedupKeys.keyFor(event);
        String eventId = event.envelope().id();
        String eventType = NotifierMetrics.eventType(event.envelope().detailType());
        Severity ceiling = policy.ceiling(event);
        if (!level.allows(ceiling)) {
            return belowLevel(key, eventId, eventType, ceiling);
        }
        Instant now = clock.instant();
        DedupStore.Claim claim = dedup.claim(key, eventId, now, now.plus(invocationLeft).plus(DedupPolicy.CLOCK_SKEW));
        if (claim == DedupStore.Claim.DUPLICATE) {
            metrics.count(NotifierMetrics.DUPLICATES_SUPPRESSED, 1, Map.of(NotifierMetrics.EVENT_TYPE, eventType));
            LOG.info("Duplicate suppressed", entry("eventId", eventId), entry("dedupKey", key));
            return AlertOutcome.duplicate(key);
        }
        if (claim == DedupStore.Claim.IN_FLIGHT) {
            throw new AlertInFlightException(key);
        }
        AlertFacts facts;
        Classification classification;
        Notification notification;
        String messageId;
        try {
            facts = enricher.enrich(event);
            classification = policy.classify(facts);
            if (!level.allows(classification.severity())) {
                complete(key, eventId, DedupStore.Result.BELOW_LEVEL, Optional.empty());
                return belowLevel(key, eventId, eventType, classification.severity());
            }
            notification = renderer.render(facts, classification);
            messageId = publisher.publish(notification);
        } catch (RuntimeException e) {
            release(key, eventId, e);
            throw e;
        }
        complete(key, eventId, DedupStore.Result.PUBLISHED, Optional.of(messageId));
        audit.published(event, key, facts, classification, messageId, Duration.between(received, clock.instant()));
        metrics.count(NotifierMetrics.ALERTS_PUBLISHED, 1, Map.of(NotifierMetrics.SEVERITY,
                classification.severity().name(), NotifierMetrics.EVENT_TYPE, eventType));
        LOG.info("Alert published", entry("eventId", eventId), entry("dedupKey", key),
                entry("severity", classification.severity().name()), entry("messageId", messageId),
                entry("subject", notification.subject()));
        return AlertOutcome.published(key, classification.severity(), messageId, notification.subject());
    }

    private AlertOutcome belowLevel(String key, String eventId, String eventType, Severity severity) {
        metrics.count(NotifierMetrics.ALERTS_BELOW_LEVEL, 1, Map.of(NotifierMetrics.SEVERITY, severity.name(),
                NotifierMetrics.EVENT_TYPE, eventType));
        LOG.info("Below the notification level; not published", entry("eventId", eventId), entry("dedupKey", key),
                entry("severity", severity.name()), entry("notificationLevel", level.wireName()));
        return AlertOutcome.belowLevel(key, severity);
    }

    /** Confirming is best effort: the alert already went out, so a failure here must not trigger a retry. */
    private void complete(String key, String eventId, DedupStore.Result result, Optional<String> messageId) {
        Instant now = clock.instant();
        try {
            dedup.complete(key, eventId, result, messageId, now);
        } catch (RuntimeException e) {
            LOG.warn("Could not confirm the dedup claim; a redelivery after the claim lapses may repeat the alert",
                    entry("dedupKey", key), entry("error", e.toString()));
        }
    }

    private void release(String key, String eventId, RuntimeException cause) {
        try {
            dedup.release(key, eventId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
