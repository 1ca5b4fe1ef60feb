package com.backupsentinel.shared.logging;

/**
 * Key-value fields for a log line, as Powertools' {@code StructuredArguments.entry}: pass them after the message
 * ({@code LOG.info("Alert published", entry("dedupKey", key))}) and each becomes a field of the JSON line.
 */
public final class StructuredArguments {

    private StructuredArguments() {
    }

    /** A field {@code key} with {@code value} (numbers and booleans stay JSON literals). */
    public static KeyValue entry(String key, Object value) {
        return new KeyValue(key, value);
    }
}
