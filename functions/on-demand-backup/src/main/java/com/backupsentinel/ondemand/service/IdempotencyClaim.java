package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.Objects;

/** The result of {@link RequestStore#claim}. */
public sealed interface IdempotencyClaim {

    /**
     * The key was free (or expired, or abandoned by an invocation that died): go ahead.
     *
     * @param since when this claim was first made; a takeover keeps the original time, so AWS Backup idempotency
     *              tokens derived from it stay the same for the retried request
     */
    record Claimed(Instant since) implements IdempotencyClaim {
        public Claimed {
            Objects.requireNonNull(since, "since");
        }
    }

    /** The same request already completed: answer this again. */
    record Replay(StoredResponse response) implements IdempotencyClaim {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }

    /** The same request is still being processed by another invocation. */
    record InProgress() implements IdempotencyClaim {
    }

    /** The key was used with a different body. */
    record Mismatch() implements IdempotencyClaim {
    }
}
