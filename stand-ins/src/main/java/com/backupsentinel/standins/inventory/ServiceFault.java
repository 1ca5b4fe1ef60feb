package com.backupsentinel.standins.inventory;

import java.util.Objects;

/** An error a stand-in answers with instead of running the call, in the service's own error shape. */
public record ServiceFault(int status, String code, String message) {

    public ServiceFault {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status (400-599), got " + status);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
