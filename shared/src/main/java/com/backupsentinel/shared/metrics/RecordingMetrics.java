package com.backupsentinel.shared.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps every metric in memory: for tests, and for benchmarks that report what was emitted. */
public final class RecordingMetrics implements MetricsRecorder {

    /** One recorded metric. */
    public record Recorded(String name, double value, Unit unit, Map<String, String> dimensions) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public synchronized void count(String name, double value, Map<String, String> dimensions) {
        recorded.add(new Recorded(name, value, Unit.COUNT, Map.copyOf(dimensions)));
    }

    @Override
    public synchronized void measure(String name, double value, Unit unit, Map<String, String> dimensions) {
        recorded.add(new Recorded(name, value, unit, Map.copyOf(dimensions)));
    }

    public synchronized List<Recorded> all() {
        return List.copyOf(recorded);
    }

    /** The sum of every value recorded under {@code name}, whatever the dimensions. */
    public synchronized double total(String name) {
        return recorded.stream().filter(r -> r.name().equals(name)).mapToDouble(Recorded::value).sum();
    }

    /** The sum of the values recorded under {@code name} whose dimensions include {@code dimensions}. */
    public synchronized double total(String name, Map<String, String> dimensions) {
        return recorded.stream()
                .filter(r -> r.name().equals(name))
                .filter(r -> r.dimensions().entrySet().containsAll(dimensions.entrySet()))
                .mapToDouble(Recorded::value).sum();
    }
}
