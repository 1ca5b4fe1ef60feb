package com.backupsentinel.ondemand.service;

import java.util.Objects;

/** The request cannot be carried out as asked; the message tells the caller what to change. */
public final class RequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, in words the HTTP layer maps to a status code. */
    public enum Reason {
        /** The input is malformed or contradicts itself (400). */
        INVALID,
        /** The configuration of this deployment does not allow it (403). */
        FORBIDDEN,
        /** The named request or recovery point does not exist (404). */
        NOT_FOUND,
        /** The input is fine but the current state does not allow it yet (409). */
        CONFLICT,
        /** Too many requests of the same kind arrived at once (429). */
        TOO_MANY
    }

    private final Reason reason;
    private final String field;

    /** @param field the request field at fault, or empty when it is not about one field */
    public RequestRejectedException(Reason reason, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
