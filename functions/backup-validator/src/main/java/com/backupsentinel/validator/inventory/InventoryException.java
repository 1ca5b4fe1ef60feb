package com.backupsentinel.validator.inventory;

/**
 * An inventory could not be read (access denied, throttled after the SDK's retries, a service error). The message
 * names the operation and AWS's error code, never credentials.
 */
public final class InventoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
