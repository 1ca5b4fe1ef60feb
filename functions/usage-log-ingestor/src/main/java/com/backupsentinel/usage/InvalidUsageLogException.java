package com.backupsentinel.usage;

import java.util.Objects;

/** A usage log that must not be ingested: the reason code and a sentence a person can act on. */
final class InvalidUsageLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final QuarantineReason reason;

    InvalidUsageLogException(QuarantineReason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    QuarantineReason reason() {
        return reason;
    }
}
