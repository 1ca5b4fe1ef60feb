package com.backupsentinel.shared.logging;

/** One key-value field of a log line; as a message placeholder argument it reads {@code key=value}. */
public record KeyValue(String key, Object value) {

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
