package com.backupsentinel.standins.tagging;

/** A Resource Groups Tagging API error: its {@code __type} code and message (HTTP 400). */
final class TaggingError extends RuntimeException {

    private final String code;

    TaggingError(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
