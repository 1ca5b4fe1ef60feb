package com.backupsentinel.validator.controls;

import java.time.Duration;

/** When a run must stop reading and write what it has. */
@FunctionalInterface
public interface Deadline {

    boolean expired();

    /** Never expires: for tools and tests that do not care. */
    static Deadline none() {
        return () -> false;
    }

    /** Expires {@code budget} from now, on the monotonic clock. */
    static Deadline after(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        return () -> System.nanoTime() - end >= 0;
    }
}
