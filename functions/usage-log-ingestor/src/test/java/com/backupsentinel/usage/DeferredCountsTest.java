package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.metrics.MetricsRecorder.Unit;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeferredCountsTest {

    @Test
    void emitsWhatWorkerThreadsCountedOnceOnTheDrainingThread() throws InterruptedException {
        DeferredCounts deferred = new DeferredCounts();
        List<Thread> workers = List.of(new Thread(() -> count(deferred, 50)), new Thread(() -> count(deferred, 70)));
        for (Thread worker : workers) {
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        deferred.measure("AuditLatency", 12, Unit.MILLISECONDS, Map.of("Table", "audit"));

        RecordingMetrics first = new RecordingMetrics();
        deferred.drainTo(first);
        RecordingMetrics second = new RecordingMetrics();
        deferred.drainTo(second);

        assertThat(first.total("AuditWriteFailures", Map.of())).isEqualTo(120);
        assertThat(first.total("AuditLatency", Map.of("Table", "audit"))).isEqualTo(12);
        assertThat(second.total("AuditWriteFailures", Map.of())).isZero();
        assertThat(second.total("AuditLatency", Map.of("Table", "audit"))).isZero();
    }

    private static void count(DeferredCounts deferred, int times) {
        for (int i = 0; i < times; i++) {
            deferred.count("AuditWriteFailures", 1, Map.of());
        }
    }
}
