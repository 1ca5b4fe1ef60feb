package com.backupsentinel.shared.events;

/** The input is not an AWS Backup event this project can read; the message says exactly why. */
public final class InvalidBackupEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidBackupEventException(String message) {
        super(message);
    }

    public InvalidBackupEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
