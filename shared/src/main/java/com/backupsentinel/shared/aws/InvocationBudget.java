package com.backupsentinel.shared.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The time one invocation's AWS calls may still take: the Lambda timeout less a margin. Every client of one
 * {@link AwsClientFactory} reads the same budget (an execution environment runs one invocation at a time), and its
 * handler opens it at the start of each invocation with {@link #during}.
 *
 * <p>Two deadlines: calls made before the <em>work deadline</em> (end less the margin) must end by it, so work
 * that hangs fails there with its own error; calls made after it (releasing a claim, recording what happened)
 * get what is left of the margin but a quarter, which stays for logging and answering. Outside an invocation
 * (tools, local set-up) nothing is bounded beyond the per-call limits.
 */
public final class InvocationBudget {

    private static final long UNBOUNDED = Long.MAX_VALUE;

    private final Duration margin;
    private final LongSupplier nanoClock;
    private volatile long endNanos = UNBOUNDED;

    InvocationBudget(Duration margin, LongSupplier nanoClock) {
        this.margin = Objects.requireNonNull(margin, "margin");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** A budget on the monotonic clock that keeps {@code margin} back from the end of each invocation. */
    public static InvocationBudget keeping(Duration margin) {
        return new InvocationBudget(margin, System::nanoTime);
    }

    /**
     * Runs one invocation's work with its AWS calls bounded by the time Lambda gives it (the runtime always passes a
     * context; without one, as in some tests, only the per-call limits apply).
     */
    public <T> T during(Context context, Supplier<T> work) {
        if (context == null) {
            return work.get();
        }
        begin(context.getRemainingTimeInMillis());
        try {
            return work.get();
        } finally {
            end();
        }
    }

    /** Starts an invocation that Lambda ends {@code remainingMillis} from now. */
    public void begin(long remainingMillis) {
        endNanos = nanoClock.getAsLong() + Duration.ofMillis(Math.max(0, remainingMillis)).toNanos();
    }

    /** Ends the invocation: calls are bounded by the per-call limits only. */
    public void end() {
        endNanos = UNBOUNDED;
    }

    public Duration margin() {
        return margin;
    }

    /**
     * How long a call starting now may take: until the work deadline, or after it until the cleanup deadline;
     * empty outside an invocation; zero or negative when nothing is left.
     */
    public Optional<Duration> allowance() {
        long end = endNanos;
        if (end == UNBOUNDED) {
            return Optional.empty();
        }
        long now = nanoClock.getAsLong();
        long work = end - margin.toNanos() - now;
        if (work > 0) {
            return Optional.of(Duration.ofNanos(work));
        }
        return Optional.of(Duration.ofNanos(end - margin.toNanos() / 4 - now));
    }

    /** How long until Lambda ends the open invocation; empty outside an invocation. */
    public Optional<Duration> untilEnd() {
        long end = endNanos;
        return end == UNBOUNDED ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(0, end - nanoClock.getAsLong())));
    }

    /** Whether an invocation is open and its work deadline has passed. */
    public boolean workDeadlinePassed() {
        long end = endNanos;
        return end != UNBOUNDED && end - margin.toNanos() - nanoClock.getAsLong() <= 0;
    }

    @Override
    public String toString() {
        return "InvocationBudget[margin=" + margin.toMillis() + " ms" + (endNanos == UNBOUNDED ? ", idle]" : "]");
    }
}
