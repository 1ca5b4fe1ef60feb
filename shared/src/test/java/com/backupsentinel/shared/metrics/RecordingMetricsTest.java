package com.backupsentinel.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingMetricsTest {

    @Test
    void totalsFilterByName() {
        RecordingMetrics metrics = new RecordingMetrics();
        metrics.count("AlertsPublished", 1, Map.of("Severity", "ERROR"));
        metrics.count("AlertsPublished", 2, Map.of("Severity", "INFO"));
        metrics.count("DuplicatesSuppressed");
        assertThat(metrics.total("AlertsPublished")).isEqualTo(3);
        assertThat(metrics.total("AlertsPublished", Map.of("Severity", "ERROR"))).isEqualTo(1);
        assertThat(metrics.total("DuplicatesSuppressed")).isEqualTo(1);
    }
}
