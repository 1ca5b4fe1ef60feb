package com.backupsentinel.shared.metrics;

import java.util.Map;

/**
 * Counts and measures what a service did, in words the service owns; the Powertools EMF adapter and an
 * in-memory recorder for tests implement it.
 */
public interface MetricsRecorder {

    /** Adds {@code value} to the count {@code name}, with the given dimensions (may be empty). */
    void count(String name, double value, Map<String, String> dimensions);

    /** Records a measurement in {@code unit} (one of {@link Unit}). */
    void measure(String name, double value, Unit unit, Map<String, String> dimensions);

    default void count(String name) {
        count(name, 1, Map.of());
    }

    /** Units this project emits. */
    enum Unit {
        COUNT,
        PERCENT,
        MILLISECONDS,
        SECONDS,
        HOURS,
        BYTES
    }
}
