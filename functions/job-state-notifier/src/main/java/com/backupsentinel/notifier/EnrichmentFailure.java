package com.backupsentinel.notifier;

import java.util.Objects;

/** A look-up that could not add facts to an alert: which AWS Backup operation, and why. */
record EnrichmentFailure(String operation, String reason) {

    EnrichmentFailure {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(reason, "reason");
    }

    String describe() {
        return operation + " failed: " + reason;
    }
}
