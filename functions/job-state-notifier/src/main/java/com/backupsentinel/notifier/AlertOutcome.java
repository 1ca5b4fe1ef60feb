package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What the notifier did with one event; the handler returns it as JSON.
 *
 * @param severity  the alert's severity (for BELOW_LEVEL before enrichment, the most it could have been)
 * @param messageId the SNS message id, when published
 * @param subject   the subject, when published
 */
record AlertOutcome(Status status, String dedupKey, Optional<Severity> severity, Optional<String> messageId,
                    Optional<String> subject) {

    /** The three things that can happen to an event that is a valid AWS Backup event. */
    enum Status {
        PUBLISHED,
        DUPLICATE,
        BELOW_LEVEL
    }

    AlertOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(subject, "subject");
    }

    static AlertOutcome published(String key, Severity severity, String messageId, String subject) {
        return new AlertOutcome(Status.PUBLISHED, key, Optional.of(severity), Optional.of(messageId),
                Optional.of(subject));
    }

    static AlertOutcome duplicate(String key) {
        return new AlertOutcome(Status.DUPLICATE, key, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static AlertOutcome belowLevel(String key, Severity severity) {
        return new AlertOutcome(Status.BELOW_LEVEL, key, Optional.of(severity), Optional.empty(), Optional.empty());
    }
}
