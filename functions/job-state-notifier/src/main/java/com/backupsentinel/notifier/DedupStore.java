package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which alerts went out, so each is published at most once within the dedup window. A claim is taken
 * before the alert is built and confirmed after it is published, or released if publishing fails so the retry
 * can publish.
 */
interface DedupStore {

    /** What a claim found. */
    enum Claim {
        /** Nobody handled this key within the window: go ahead. */
        CLAIMED,
        /** This key was already handled (published or below the level) within the window: do nothing. */
        DUPLICATE,
        /** Another invocation holds a fresh claim on this key and has not finished: retry later. */
        IN_FLIGHT
    }

    /** How a claimed key ended. */
    enum Result {
        PUBLISHED,
        BELOW_LEVEL
    }

    Claim claim(String key, String eventId, Instant now);

    void complete(String key, String eventId, Result result, Optional<String> messageId, Instant now);

    void release(String key, String eventId);
}
