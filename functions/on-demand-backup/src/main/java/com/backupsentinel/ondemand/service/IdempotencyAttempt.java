package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.Objects;

/**
 * An attempt to claim an idempotency key.
 *
 * @param key         the hashed key (route, caller and idempotencyKey or body)
 * @param fingerprint the hash of the request body, to notice a key reused with a different body
 * @param now         the request's arrival
 * @param expiresAt   when a completed claim stops answering repeats
 * @param leaseUntil  when an unfinished claim (the invocation died) may be taken over
 */
public record IdempotencyAttempt(String key, String fingerprint, Instant now, Instant expiresAt,
                                 Instant leaseUntil) {

    public IdempotencyAttempt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }
}
