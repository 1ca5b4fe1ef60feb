package com.backupsentinel.shared.metrics;

import java.util.Map;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Writes CloudWatch Embedded Metric Format through Powertools' functional API. Metrics without dimensions go
 * into the invocation's batch, flushed by {@link #flush()}; metrics with dimensions are flushed one by one so
 * their dimension sets do not mix.
 */
public final class PowertoolsMetricsRecorder implements MetricsRecorder {

    private final Metrics metrics;
    private final String namespace;

    public PowertoolsMetricsRecorder(String namespace) {
        this.metrics = MetricsFactory.getMetricsInstance();
        this.namespace = namespace;
        metrics.setNamespace(namespace);
        metrics.setRaiseOnEmptyMetrics(false);
    }

    @Override
    public void count(String name, double value, Map<String, String> dimensions) {
        measure(name, value, Unit.COUNT, dimensions);
    }

    @Override
    public void measure(String name, double value, Unit unit, Map<String, String> dimensions) {
        MetricUnit metricUnit = toMetricUnit(unit);
        if (dimensions.isEmpty()) {
            metrics.addMetric(name, value, metricUnit);
        } else {
            metrics.flushSingleMetric(name, value, metricUnit, namespace, DimensionSet.of(dimensions));
        }
    }

    /** Emits what was batched; call once at the end of every invocation. */
    public void flush() {
        metrics.flush();
    }

    private static MetricUnit toMetricUnit(Unit unit) {
        switch (unit) {
            case PERCENT:
                return MetricUnit.PERCENT;
            case MILLISECONDS:
                return MetricUnit.MILLISECONDS;
            case SECONDS:
                return MetricUnit.SECONDS;
            case BYTES:
                return MetricUnit.BYTES;
            case HOURS:
            case COUNT:
            default:
                return MetricUnit.COUNT;
        }
    }
}
