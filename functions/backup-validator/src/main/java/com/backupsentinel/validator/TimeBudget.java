package com.backupsentinel.validator;

import com.backupsentinel.validator.controls.Deadline;
import java.time.Duration;

/**
 * How long a run may read before it must stop and write what it has: the invocation's remaining time less a
 * reserve for writing the reports and the digest (10% of the remaining time, at least 3 s, at most 30 s). The org
 * validation's shards budget their runs the same way.
 */
public final class TimeBudget {

    static final long MIN_RESERVE_MILLIS = 3_000;
    static final long MAX_RESERVE_MILLIS = 30_000;

    private TimeBudget() {
    }

    public static Duration reading(long remainingMillis) {
        long reserve = Math.max(MIN_RESERVE_MILLIS, Math.min(MAX_RESERVE_MILLIS, remainingMillis / 10));
        return Duration.ofMillis(Math.max(0, remainingMillis - reserve));
    }

    public static Deadline deadline(long remainingMillis) {
        return Deadline.after(reading(remainingMillis));
    }
}
