package com.backupsentinel.orgvalidation.aggregate;

import java.util.Objects;
import java.util.Optional;

/**
 * One child execution as a ResultWriter file records it: its status, its input (the Map item), and its output when it
 * succeeded or its error and cause when it did not. Input and output are JSON text, as Step Functions writes them.
 */
public record MapItemResult(String status, Optional<String> input, Optional<String> output, Optional<String> error,
                            Optional<String> cause) {

    public MapItemResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(cause, "cause");
    }
}
