package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which alerts went out, so each is published at most once within the dedup window. A claim is taken
 * before the alert is built and confirmed after it is published, or released if publishing fails so the retry
 * can publish. A claim that is neither confirmed nor released (its invocation was killed) lapses at its
 * {@code leaseUntil}, the moment Lambda would have ended that invocation, so the retry can take it over.
 */
interface DedupStore {

    /** What a claim found. */
    enum Claim {
        /** Nobody handled this key within the window: go ahead. */
        CLAIMED,
        /** This key was already handled (published or below the level) within the window: do nothing. */
        DUPLICATE,
        /** Another invocation holds a claim whose lease has not run out and has not finished: retry later. */
        IN_FLIGHT
    }

    /** How a claimed key ended. */
    enum Result {
        PUBLISHED,
        BELOW_LEVEL
    }

    /**
     * Claims {@code key} for {@code eventId} until {@code leaseUntil}, or says who has it.
     *
     * @param leaseUntil when the claim lapses if it is never confirmed or released: the end of the invocation
     */
    Claim claim(String key, String eventId, Instant now, Instant leaseUntil);

    void complete(String key, String eventId, Result result, Optional<String> messageId, Instant now);

    void release(String key, String eventId);
}
