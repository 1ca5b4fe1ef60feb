package com.backupsentinel.orgvalidation;

import com.backupsentinel.validator.controls.Deadline;
import java.time.Duration;

/**
 * How long a shard may read: the invocation's remaining time less a reserve for writing its reports (10%, at least
 * 3 s, at most 30 s), as the single-account validator budgets its own runs.
 */
final class ShardBudget {

    static final long MIN_RESERVE_MILLIS = 3_000;
    static final long MAX_RESERVE_MILLIS = 30_000;

    private ShardBudget() {
    }

    static Duration reading(long remainingMillis) {
        long reserve = Math.max(MIN_RESERVE_MILLIS, Math.min(MAX_RESERVE_MILLIS, remainingMillis / 10));
        return Duration.ofMillis(Math.max(0, remainingMillis - reserve));
    }

    static Deadline deadline(long remainingMillis) {
        return Deadline.after(reading(remainingMillis));
    }
}
