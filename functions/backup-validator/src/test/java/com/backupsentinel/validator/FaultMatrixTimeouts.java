package com.backupsentinel.validator;

import java.util.Map;

/** Small SDK limits for the fault matrix: a hang costs a fraction of a second, not the production 15 s. */
final class FaultMatrixTimeouts {

    /** What the matrix's Lambda context says is left of the invocation. */
    static final int INVOCATION_MILLIS = 10_000;

    static final Map<String, String> ENVIRONMENT = Map.of("SDK_CONNECT_TIMEOUT_MS", "1000",
            "SDK_ATTEMPT_TIMEOUT_MS", "2500", "SDK_CALL_TIMEOUT_MS", "2500", "DEADLINE_MARGIN_MS", "800");

    private FaultMatrixTimeouts() {
    }
}
