package com.backupsentinel.usage;

/** The object an event named is not in the bucket (deleted since, or a key the event encoded differently). */
final class ObjectMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ObjectMissingException(String message) {
        super(message);
    }
}
