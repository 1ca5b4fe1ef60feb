package com.backupsentinel.shared.metrics;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.JsonText;
import com.backupsentinel.shared.priming.Priming;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * CloudWatch Embedded Metric Format on stdout, as Powertools metrics wrote it: metrics without dimensions are batched
 * for the invocation and written by {@link #flush()} under the default dimension {@code Service}; metrics with
 * dimensions are written at once, one document each, so their dimension sets do not mix. At most
 * {@value #MAX_METRICS_PER_DOCUMENT} metrics go in one document. Nothing is recorded while {@link Priming} runs.
 */
public final class EmfMetricsRecorder implements MetricsRecorder {

    /** CloudWatch's limit on the metrics of one EMF document. */
    static final int MAX_METRICS_PER_DOCUMENT = 100;

    private final String namespace;
    private final String service;
    private final PrintStream out;
    private final LongSupplier clock;
    private final Map<String, Batched> batch = new LinkedHashMap<>();

    /** One metric of the batch: its unit and every value recorded for it. */
    private record Batched(Unit unit, List<Double> values) {
    }

    /** As Powertools: the default dimension's value is POWERTOOLS_SERVICE_NAME ({@code service_undefined} if unset). */
    public EmfMetricsRecorder(String namespace) {
        this(namespace, Environment.system().get("POWERTOOLS_SERVICE_NAME").orElse("service_undefined"));
    }

    /** Writes to {@link System#out} with the current time; {@code service} is the default dimension's value. */
    public EmfMetricsRecorder(String namespace, String service) {
        this(namespace, service, System.out, System::currentTimeMillis);
    }

    EmfMetricsRecorder(String namespace, String service, PrintStream out, LongSupplier clock) {
        this.namespace = namespace;
        this.service = service;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void count(String name, double value, Map<String, String> dimensions) {
        measure(name, value, Unit.COUNT, dimensions);
    }

    @Override
    public synchronized void measure(String name, double value, Unit unit, Map<String, String> dimensions) {
        if (Priming.active()) {
            return;
        }
        if (dimensions.isEmpty()) {
            batch.computeIfAbsent(name, n -> new Batched(unit, new ArrayList<>())).values().add(value);
        } else {
            Map<String, Batched> single = new LinkedHashMap<>();
            single.put(name, new Batched(unit, List.of(value)));
            write(single, new TreeMap<>(dimensions));
        }
    }

    /** Writes what was batched and empties the batch; call once at the end of every invocation. */
    public synchronized void flush() {
        if (batch.isEmpty() || Priming.active()) {
            batch.clear();
            return;
        }
        List<Map.Entry<String, Batched>> entries = new ArrayList<>(batch.entrySet());
        for (int from = 0; from < entries.size(); from += MAX_METRICS_PER_DOCUMENT) {
            Map<String, Batched> part = new LinkedHashMap<>();
            entries.subList(from, Math.min(entries.size(), from + MAX_METRICS_PER_DOCUMENT))
                    .forEach(e -> part.put(e.getKey(), e.getValue()));
            write(part, Map.of("Service", service));
        }
        batch.clear();
    }

    private void write(Map<String, Batched> metrics, Map<String, String> dimensions) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"_aws\":{\"Timestamp\":").append(clock.getAsLong()).append(",\"CloudWatchMetrics\":[{")
                .append("\"Namespace\":");
        JsonText.appendString(json, namespace).append(",\"Metrics\":[");
        boolean first = true;
        for (Map.Entry<String, Batched> metric : metrics.entrySet()) {
            json.append(first ? "" : ",").append("{\"Name\":");
            JsonText.appendString(json, metric.getKey()).append(",\"Unit\":\"").append(unitName(metric.getValue().unit()))
                    .append("\"}");
            first = false;
        }
        json.append("],\"Dimensions\":[[");
        first = true;
        for (String dimension : dimensions.keySet()) {
            json.append(first ? "" : ",");
            JsonText.appendString(json, dimension);
            first = false;
        }
        json.append("]]}]}");
        dimensions.forEach((dimension, value) -> {
            json.append(',');
            JsonText.appendString(json, dimension).append(':');
            JsonText.appendString(json, value);
        });
        metrics.forEach((name, metric) -> {
            json.append(',');
            JsonText.appendString(json, name).append(':');
            List<Double> values = metric.values();
            if (values.size() == 1) {
                JsonText.appendValue(json, values.get(0));
            } else {
                json.append('[');
                for (int i = 0; i < values.size(); i++) {
                    JsonText.appendValue(json.append(i == 0 ? "" : ","), values.get(i));
                }
                json.append(']');
            }
        });
        out.println(json.append('}'));
    }

    /** CloudWatch's unit names; hours have none, so they go as counts (as before). */
    private static String unitName(Unit unit) {
        switch (unit) {
            case PERCENT:
                return "Percent";
            case MILLISECONDS:
                return "Milliseconds";
            case SECONDS:
                return "Seconds";
            case BYTES:
                return "Bytes";
            case HOURS:
            case COUNT:
            default:
                return "Count";
        }
    }
}
