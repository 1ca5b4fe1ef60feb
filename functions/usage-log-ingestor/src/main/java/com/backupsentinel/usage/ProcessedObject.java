package com.backupsentinel.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The ledger entry that makes redelivery idempotent: this key with this ETag was ingested or quarantined. */
record ProcessedObject(String key, String etag, Outcome outcome, Optional<QuarantineReason> reason,
                       Instant processedAt) {

    /** What became of the object. */
    enum Outcome {
        INGESTED,
        QUARANTINED
    }

    ProcessedObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(processedAt, "processedAt");
    }
}
