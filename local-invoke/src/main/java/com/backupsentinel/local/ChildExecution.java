package com.backupsentinel.local;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One child execution of a Distributed Map as local-org-run ran it: its name and status (SUCCEEDED, or FAILED when
 * no Catch took the error), its input (the item as the ItemSelector shaped it) and output or error and cause, its
 * times, and how many times the shard function was invoked (1 + retries).
 */
record ChildExecution(String name, String status, String input, Optional<String> output, Optional<String> error,
                      Optional<String> cause, Instant started, Instant stopped, int invocations) {

    ChildExecution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(stopped, "stopped");
    }

    boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }
}
