package com.backupsentinel.validator.report;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which runs' digests went out, so a retried run (the reports could not be written, the function timed
 * out) does not send a second digest. A run is claimed before publishing and marked sent after; a failed publish
 * releases it, and a claim of a killed invocation lapses at its lease.
 */
public interface DigestLedger {

    /** What a claim found. */
    enum State {
        /** No digest for this run yet: publish it. */
        CLAIMED,
        /** The run's digest went out (with {@code messageId}): do not send it again. */
        SENT,
        /** Another invocation of the run is publishing it now: fail, and let the retry look again. */
        IN_FLIGHT
    }

    /** The state of a claim, with the message id of a digest already sent. */
    record Claim(State state, Optional<String> messageId) {
    }

    /** No ledger: every digest is published (a retried run may repeat it). */
    DigestLedger NONE = new DigestLedger() {
        @Override
        public Claim claim(String runId, Instant now, Instant leaseUntil) {
            return new Claim(State.CLAIMED, Optional.empty());
        }

        @Override
        public void sent(String runId, String messageId, Instant now) {
            // nothing remembered
        }

        @Override
        public void release(String runId) {
            // nothing held
        }
    };

    Claim claim(String runId, Instant now, Instant leaseUntil);

    void sent(String runId, String messageId, Instant now);

    void release(String runId);
}
