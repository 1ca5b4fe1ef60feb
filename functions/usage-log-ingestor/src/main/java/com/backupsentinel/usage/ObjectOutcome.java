package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;

/** What processing one object did; reported (logs and metrics) by the thread that asked for it. */
record ObjectOutcome(String key, Result result, Optional<QuarantineReason> reason, String detail) {

    /** The possible results. */
    enum Result {
        /** A valid usage log was stored. */
        INGESTED,
        /** An invalid usage log was copied to quarantine/ with its reason. */
        QUARANTINED,
        /** This key with this ETag was processed before: nothing done. */
        DUPLICATE,
        /** A config.yaml version was recorded (or its first-seen time moved earlier). */
        CONFIG_RECORDED,
        /** Not a usage log or config backup (folder marker, Terraform state, ...): never read. */
        IGNORED
    }

    ObjectOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    static ObjectOutcome of(String key, Result result, String detail) {
        return new ObjectOutcome(key, result, Optional.empty(), detail);
    }

    static ObjectOutcome quarantined(String key, InvalidUsageLogException problem) {
        return new ObjectOutcome(key, Result.QUARANTINED, Optional.of(problem.reason()), problem.getMessage());
    }
}
