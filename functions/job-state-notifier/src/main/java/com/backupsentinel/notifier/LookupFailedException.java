package com.backupsentinel.notifier;

/** An AWS Backup look-up failed after the SDK's retries; {@link #reason()} says why in a line. */
final class LookupFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String reason;

    LookupFailedException(String operation, String reason, Throwable cause) {
        super(operation + " failed: " + reason, cause);
        this.operation = operation;
        this.reason = reason;
    }

    String operation() {
        return operation;
    }

    String reason() {
        return reason;
    }
}
