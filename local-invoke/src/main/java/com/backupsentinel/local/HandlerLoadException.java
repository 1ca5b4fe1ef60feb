package com.backupsentinel.local;

/** The Handler of the template names no loadable class or no valid handler method. */
final class HandlerLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String errorType;

    HandlerLoadException(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    /** The errorType Lambda reports, e.g. java.lang.ClassNotFoundException. */
    String errorType() {
        return errorType;
    }
}
