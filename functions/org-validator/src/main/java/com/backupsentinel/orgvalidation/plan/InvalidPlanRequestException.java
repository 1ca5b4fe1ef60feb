package com.backupsentinel.orgvalidation.plan;

/** A plan input the function cannot run; the message names the field and what a valid value looks like. */
public final class InvalidPlanRequestException extends IllegalArgumentException {

    public InvalidPlanRequestException(String message) {
        super(message);
    }
}
