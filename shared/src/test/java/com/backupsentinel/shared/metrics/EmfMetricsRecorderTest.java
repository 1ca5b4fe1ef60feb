package com.backupsentinel.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.priming.Priming;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmfMetricsRecorderTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final EmfMetricsRecorder metrics = new EmfMetricsRecorder("BackupSentinel", "job-state-notifier",
            new PrintStream(written, true, StandardCharsets.UTF_8), () -> 1_796_497_566_804L);

    @Test
    void batchesMetricsWithoutDimensionsUnderTheServiceDimensionUntilFlushed() {
        metrics.count("EventsReceived");
        metrics.count("EventsReceived");
        metrics.measure("LookupTime", 12.5, MetricsRecorder.Unit.MILLISECONDS, Map.of());
        assertThat(lines()).isEmpty();

        metrics.flush();

        assertThat(lines()).containsExactly("{\"_aws\":{\"Timestamp\":1796497566804,\"CloudWatchMetrics\":[{"
                + "\"Namespace\":\"BackupSentinel\",\"Metrics\":[{\"Name\":\"EventsReceived\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"LookupTime\",\"Unit\":\"Milliseconds\"}],\"Dimensions\":[[\"Service\"]]}]},"
                + "\"Service\":\"job-state-notifier\",\"EventsReceived\":[1.0,1.0],\"LookupTime\":12.5}");
        metrics.flush();
        assertThat(lines()).hasSize(1);
    }

    @Test
    void writesAMetricWithDimensionsAtOnceInItsOwnDocumentWithSortedDimensions() {
        metrics.count("AlertsPublished", 1, Map.of("Severity", "ERROR", "EventType", "BackupJobStateChange"));

        assertThat(lines()).containsExactly("{\"_aws\":{\"Timestamp\":1796497566804,\"CloudWatchMetrics\":[{"
                + "\"Namespace\":\"BackupSentinel\",\"Metrics\":[{\"Name\":\"AlertsPublished\",\"Unit\":\"Count\"}],"
                + "\"Dimensions\":[[\"EventType\",\"Severity\"]]}]},\"EventType\":\"BackupJobStateChange\","
                + "\"Severity\":\"ERROR\",\"AlertsPublished\":1.0}");
    }

    @Test
    void splitsABatchIntoDocumentsOfAtMostOneHundredMetrics() {
        for (int i = 0; i < 150; i++) {
            metrics.count("Metric" + i);
        }

        metrics.flush();

        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split("\\{\"Name\"")).hasSize(101);
        assertThat(lines.get(1).split("\\{\"Name\"")).hasSize(51);
    }

    @Test
    void recordsNothingWhilePriming() {
        Priming.run(() -> {
            metrics.count("EventsReceived");
            metrics.count("AlertsPublished", 1, Map.of("Severity", "ERROR"));
            metrics.flush();
        });
        metrics.flush();

        assertThat(lines()).isEmpty();
    }

    private List<String> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
