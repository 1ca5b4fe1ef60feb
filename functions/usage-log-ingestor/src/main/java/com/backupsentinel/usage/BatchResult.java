package com.backupsentinel.usage;

import java.util.List;

/** The outcome of every message that was processed and the failures to report back to SQS. */
record BatchResult(List<ObjectOutcome> outcomes, List<ObjectFailure> failures) {

    BatchResult {
        outcomes = List.copyOf(outcomes);
        failures = List.copyOf(failures);
    }
}
