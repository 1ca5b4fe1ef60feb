package com.backupsentinel.shared.config;

/** A configuration value is missing or malformed; the message names the variable and a valid value. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
