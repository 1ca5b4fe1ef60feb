package com.backupsentinel.notifier;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a handled key suppresses duplicates ({@code window}), and how long an unfinished claim blocks others
 * ({@code lease}) when the claiming invocation's own end is not known (a caller without a Lambda context, or an
 * item written before claims carried {@code leaseUntil}); it is longer than the function's timeout. A claim made in
 * an invocation lapses when that invocation would be ended by Lambda, plus {@link #CLOCK_SKEW}.
 */
record DedupPolicy(Duration window, Duration lease) {

    static final DedupPolicy STANDARD = new DedupPolicy(Duration.ofHours(24), Duration.ofMinutes(2));

    /** Allowance for the clocks of two Lambda hosts disagreeing about when a lease ends. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(1);

    DedupPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lease, "lease");
    }
}
