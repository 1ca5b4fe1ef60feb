package com.backupsentinel.validator;

/** A direct-invoke payload the validator cannot run; the message names the field and what is allowed. */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
