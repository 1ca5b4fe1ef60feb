package com.backupsentinel.ondemand.api;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.IdempotencyAttempt;
import com.backupsentinel.ondemand.service.IdempotencyClaim;
import com.backupsentinel.ondemand.service.RequestStore;
import com.backupsentinel.ondemand.service.StoredResponse;
import com.backupsentinel.shared.aws.InvocationBudget;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the POST routes idempotent. A request is a repeat when the same caller sends the same
 * {@code idempotencyKey} within {@link #KEY_WINDOW}, or, without a key, the same body within
 * {@link #BODY_WINDOW}; a repeat gets the original response back (header {@code Idempotent-Replay: true}) and
 * starts nothing. Only accepted (2xx) responses are kept: a refused or failed request can be sent again at once, and
 * that repeat keeps the first attempt's time. AWS Backup's own idempotency tokens and the request record are derived
 * from the key and that time, so a retry sends the same tokens (a job the failed attempt started is found, not
 * started again) and writes to the same record, while a new request after the window sends new ones. An unfinished
 * claim blocks repeats only until its invocation's end (Lambda has killed it by then), not a fixed time.
 */
final class Idempotency {

    static final Duration KEY_WINDOW = Duration.ofHours(24);
    static final Duration BODY_WINDOW = Duration.ofMinutes(10);
    /** How long an unfinished claim blocks repeats when the invocation's end is unknown; longer than its timeout. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Allowance for two Lambda hosts' clocks disagreeing about when a lease ends. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(1);
    static final String REPLAY_HEADER = "Idempotent-Replay";
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);

    private final RequestStore store;
    private final Clock clock;
    private final InvocationBudget budget;

    Idempotency(RequestStore store, Clock clock, InvocationBudget budget) {
        this.store = store;
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * Runs {@code action} once per distinct request; {@code action} gets the seed for AWS Backup's own
     * idempotency tokens and the request's first arrival, both stable across repeats.
     */
    ApiResponse run(Route route, Caller caller, Optional<String> idempotencyKey, String canonicalBody,
                    BiFunction<String, Instant, ApiResponse> action) {
        Instant now = clock.instant();
        String key = sha256(route.name() + "\n" + caller.userArn() + "\n"
                + idempotencyKey.map(k -> "key\n" + k).orElse("body\n" + canonicalBody));
        Duration window = idempotencyKey.isPresent() ? KEY_WINDOW : BODY_WINDOW;
        Duration lease = budget.untilEnd().map(left -> left.plus(CLOCK_SKEW)).orElse(LEASE);
        IdempotencyClaim claim = store.claim(new IdempotencyAttempt(key, sha256(canonicalBody), now,
                now.plus(window), now.plus(lease)));
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
        Instant since = ((IdempotencyClaim.Claimed) claim).since();
        String tokenSeed = key + "|" + since.getEpochSecond();
        ApiResponse response;
        try {
            response = action.apply(tokenSeed, since);
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
