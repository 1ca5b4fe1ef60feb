package com.backupsentinel.validator;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.notification.NotificationPublisher;
import com.backupsentinel.validator.report.DigestLedger;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the digest of a run once, whatever is retried: the run (see {@link RunKey}) is claimed in the
 * {@link DigestLedger} before publishing and marked sent after; a run already sent answers the first digest's
 * message id and publishes nothing. When the ledger itself cannot be reached the digest is published anyway (a
 * digest twice is better than none) and the log says so.
 */
final class OncePerRunPublisher implements NotificationPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OncePerRunPublisher.class);

    private final NotificationPublisher delegate;
    private final DigestLedger ledger;
    private final Supplier<Optional<RunKey>> currentRun;
    private final Clock clock;

    OncePerRunPublisher(NotificationPublisher delegate, DigestLedger ledger, Supplier<Optional<RunKey>> currentRun,
                        Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.currentRun = Objects.requireNonNull(currentRun, "currentRun");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String publish(Notification notification) {
        Optional<RunKey> run = currentRun.get();
        if (run.isEmpty()) {
            return delegate.publish(notification);
        }
        String runId = run.get().id();
        DigestLedger.Claim claim;
        try {
            claim = ledger.claim(runId, clock.instant(), run.get().leaseUntil());
        } catch (RuntimeException e) {
            LOG.warn("Digest ledger unavailable: publishing without it; a retry of this run may send it again",
                    entry("runId", runId), entry("error", e.toString()));
            return delegate.publish(notification);
        }
        switch (claim.state()) {
            case SENT:
                LOG.info("Digest of this run already sent: not sent again", entry("runId", runId),
                        entry("messageId", claim.messageId().orElse("")));
                return claim.messageId().orElse("");
            case IN_FLIGHT:
                throw new DigestInFlightException(runId);
            default:
                return publishClaimed(runId, notification);
        }
    }

    private String publishClaimed(String runId, Notification notification) {
        String messageId;
        try {
            messageId = delegate.publish(notification);
        } catch (RuntimeException e) {
            try {
                ledger.release(runId);
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
        try {
            ledger.sent(runId, messageId, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not mark the digest sent; a retry of this run after its lease may send it again",
                    entry("runId", runId), entry("error", e.toString()));
        }
        return messageId;
    }
}
