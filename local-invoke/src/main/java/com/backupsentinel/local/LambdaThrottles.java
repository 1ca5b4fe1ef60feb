package com.backupsentinel.local;

import java.util.Map;
import java.util.Objects;

/**
 * Lambda's answer to invocations of the shard function it throttles, by shard ({@code accountId/region}): how many of
 * that shard's invocations get 429 TooManyRequestsException before one runs ({@link Integer#MAX_VALUE} = every one).
 * The lambda:invoke integration reports them as {@code Lambda.TooManyRequestsException}, which the state machine
 * retries with backoff.
 */
record LambdaThrottles(Map<String, Integer> throttledInvocations) {

    static final String ERROR = "Lambda.TooManyRequestsException";
    static final String CAUSE = "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: %s)";

    LambdaThrottles {
        throttledInvocations = Map.copyOf(throttledInvocations);
    }

    static LambdaThrottles none() {
        return new LambdaThrottles(Map.of());
    }

    /** Whether invocation number {@code attempt} (0 = the first) of the shard is throttled. */
    boolean throttles(String accountId, String region, int attempt) {
        Objects.requireNonNull(accountId, "accountId");
        return attempt < throttledInvocations.getOrDefault(accountId + "/" + region, 0);
    }
}
