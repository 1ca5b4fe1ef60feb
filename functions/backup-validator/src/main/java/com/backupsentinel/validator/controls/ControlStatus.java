package com.backupsentinel.validator.controls;

/** How a control came out in one region. */
public enum ControlStatus {
    /** Evaluated; nothing found. */
    COMPLIANT,
    /** Evaluated; at least one finding. */
    NON_COMPLIANT,
    /** Could not be evaluated (access denied, throttled after retries, a defect); the reason says why. */
    ERROR,
    /** Stopped before it finished because the invocation ran out of time. */
    INCOMPLETE
}
