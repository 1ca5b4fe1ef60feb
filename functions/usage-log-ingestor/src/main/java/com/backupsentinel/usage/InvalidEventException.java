package com.backupsentinel.usage;

/** A message body that is not the "Object Created" event this queue carries; retrying cannot help. */
final class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidEventException(String message) {
        super(message);
    }
}
