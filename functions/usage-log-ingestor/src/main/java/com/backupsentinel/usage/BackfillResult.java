package com.backupsentinel.usage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one backfill invocation did. When {@code continuationToken} is present the backfill stopped (near the
 * timeout, or at a failure) and the token resumes it.
 */
record BackfillResult(Optional<String> continuationToken, int listed, List<ObjectOutcome> outcomes,
                      List<ObjectFailure> failures, String stoppedBecause) {

    BackfillResult {
        Objects.requireNonNull(continuationToken, "continuationToken");
        outcomes = List.copyOf(outcomes);
        failures = List.copyOf(failures);
        Objects.requireNonNull(stoppedBecause, "stoppedBecause");
    }

    boolean complete() {
        return continuationToken.isEmpty();
    }

    long count(ObjectOutcome.Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }
}
