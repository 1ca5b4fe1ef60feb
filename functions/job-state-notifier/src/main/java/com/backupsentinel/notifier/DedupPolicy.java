package com.backupsentinel.notifier;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a handled key suppresses duplicates ({@code window}), and how long an unfinished claim blocks others
 * ({@code lease}) before it is taken to belong to a crashed invocation. The lease is longer than the function's
 * timeout, so a live invocation never loses its claim.
 */
record DedupPolicy(Duration window, Duration lease) {

    static final DedupPolicy STANDARD = new DedupPolicy(Duration.ofHours(24), Duration.ofMinutes(2));

    DedupPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lease, "lease");
    }
}
