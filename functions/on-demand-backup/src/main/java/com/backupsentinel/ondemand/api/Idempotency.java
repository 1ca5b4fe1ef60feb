package com.backupsentinel.ondemand.api;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.IdempotencyAttempt;
import com.backupsentinel.ondemand.service.IdempotencyClaim;
import com.backupsentinel.ondemand.service.RequestStore;
import com.backupsentinel.ondemand.service.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the POST routes idempotent. A request is a repeat when the same caller sends the same
 * {@code idempotencyKey} within {@link #KEY_WINDOW}, or, without a key, the same body within
 * {@link #BODY_WINDOW}; a repeat gets the original response back (header {@code Idempotent-Replay: true}) and
 * starts nothing. Only accepted (2xx) responses are kept: a refused request can be sent again at once. AWS Backup's
 * own idempotency tokens are derived from the key and the time of the claim, so a retry of the same claim sends the
 * same tokens while a new request after the window sends new ones.
 */
final class Idempotency {

    static final Duration KEY_WINDOW = Duration.ofHours(24);
    static final Duration BODY_WINDOW = Duration.ofMinutes(10);
    /** How long an unfinished claim blocks repeats; longer than the function's timeout. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final String REPLAY_HEADER = "Idempotent-Replay";
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);

    private final RequestStore store;
    private final Clock clock;

    Idempotency(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per distinct request; {@code action} gets the seed for AWS Backup's own
     * idempotency tokens, stable across repeats.
     */
    ApiResponse run(Route route, Caller caller, Optional<String> idempotencyKey, String canonicalBody,
                    Function<String, ApiResponse> action) {
        Instant now = clock.instant();
        String key = sha256(route.name() + "\n" + caller.userArn() + "\n"
                + idempotencyKey.map(k -> "key\n" + k).orElse("body\n" + canonicalBody));
        Duration window = idempotencyKey.isPresent() ? KEY_WINDOW : BODY_WINDOW;
        IdempotencyClaim claim = store.claim(new IdempotencyAttempt(key, sha256(canonicalBody), now,
                now.plus(window), now.plus(LEASE)));
        if (claim instanceof IdempotencyClaim.Replay replay) {
            LOG.info("Repeated request answered with the original response", entry("route", route.label()));
            StoredResponse original = replay.response();
            return ApiResponse.json(original.statusCode(), original.body(), Map.of(REPLAY_HEADER, "true"));
        }
        if (claim instanceof IdempotencyClaim.InProgress) {
            throw new HttpProblem(409, idempotencyKey.isPresent() ? "idempotencyKey" : "",
                    "the same request is still being processed; retry in a few seconds", Map.of("Retry-After", "5"));
        }
        if (claim instanceof IdempotencyClaim.Mismatch) {
            throw new HttpProblem(409, "idempotencyKey", "idempotencyKey '" + idempotencyKey.orElse("")
                    + "' was already used with a different body in the last 24 hours; use a new key");
        }
        String tokenSeed = key + "|" + ((IdempotencyClaim.Claimed) claim).since().getEpochSecond();
        ApiResponse response;
        try {
            response = action.apply(tokenSeed);
        } catch (RuntimeException e) {
            try {
                store.release(key);
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
        if (response.statusCode() / 100 == 2) {
            store.complete(key, new StoredResponse(response.statusCode(), response.body()));
        } else {
            store.release(key);
        }
        return response;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
