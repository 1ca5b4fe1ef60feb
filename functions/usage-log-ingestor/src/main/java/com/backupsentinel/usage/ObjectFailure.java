package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;

/**
 * A message or object that could not be processed now; it is retried (SQS) or resumed from (backfill).
 *
 * @param id  the SQS message id, or the key during a backfill
 * @param key the object key, when the event named one
 */
record ObjectFailure(String id, Optional<String> key, Kind kind, String message) {

    /** Why it failed. */
    enum Kind {
        /** The message body is not an "Object Created" event for the bucket: ends in the DLQ. */
        INVALID_EVENT,
        /** The object named by the event is not in the bucket: retried, then the DLQ. */
        OBJECT_MISSING,
        /** AWS or the network failed after the SDK's retries: retried. */
        ERROR
    }

    ObjectFailure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static ObjectFailure of(String id, Optional<String> key, RuntimeException error) {
        if (error instanceof InvalidEventException) {
            return new ObjectFailure(id, key, Kind.INVALID_EVENT, error.getMessage());
        }
        if (error instanceof ObjectMissingException) {
            return new ObjectFailure(id, key, Kind.OBJECT_MISSING, error.getMessage());
        }
        return new ObjectFailure(id, key, Kind.ERROR, error.getClass().getSimpleName() + ": " + error.getMessage());
    }
}
