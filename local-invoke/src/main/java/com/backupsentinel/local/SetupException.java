package com.backupsentinel.local;

/** The local AWS environment (stand-ins, endpoints, resources) could not be set up: exit status 3. */
final class SetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
