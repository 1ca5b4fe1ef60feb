package com.backupsentinel.orgvalidation.plan;

/**
 * A run that cannot be planned and that no retry would plan: no account left to validate, or Organizations refusing
 * to list the accounts to this account. The state machine does not retry it (its Retry names this class with
 * MaxAttempts 0): the run fails at once with this message, and OrgValidationFailedAlarm fires.
 */
public final class OrgPlanException extends RuntimeException {

    public OrgPlanException(String message) {
        super(message);
    }

    public OrgPlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
