package com.backupsentinel.usage;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Metrics recorded on worker threads (the audit recorder's {@code AuditWriteFailures}), held until the invoking
 * thread emits them with {@link #drainTo}: Powertools' metric batch belongs to the invocation's thread. Thread-safe.
 */
final class DeferredCounts implements MetricsRecorder {

    private record Key(String name, Unit unit, Map<String, String> dimensions) {
    }

    private final ConcurrentMap<Key, DoubleAdder> values = new ConcurrentHashMap<>();

    @Override
    public void count(String name, double value, Map<String, String> dimensions) {
        measure(name, value, Unit.COUNT, dimensions);
    }

    @Override
    public void measure(String name, double value, Unit unit, Map<String, String> dimensions) {
        values.computeIfAbsent(new Key(name, unit, Map.copyOf(dimensions)), key -> new DoubleAdder()).add(value);
    }

    /** Emits every non-zero total to {@code target} and starts again from zero. */
    void drainTo(MetricsRecorder target) {
        values.forEach((key, adder) -> {
            double total = adder.sumThenReset();
            if (total != 0) {
                target.measure(key.name(), total, key.unit(), key.dimensions());
            }
        });
    }
}
