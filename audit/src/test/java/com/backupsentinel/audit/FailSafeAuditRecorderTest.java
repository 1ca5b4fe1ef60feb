package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FailSafeAuditRecorderTest {

    @Test
    void aFailingStoreNeverBreaksTheActionAndIsCounted() {
        RecordingMetrics metrics = new RecordingMetrics();
        FailSafeAuditRecorder recorder = new FailSafeAuditRecorder(new BrokenStore(), metrics);

        assertThatCode(() -> recorder.record(AuditEvents.at("a", "2026-11-21T00:00:00Z"))).doesNotThrowAnyException();

        assertThat(metrics.total(FailSafeAuditRecorder.WRITE_FAILURES)).isEqualTo(1);
    }

    @Test
    void appendsToTheStore() {
        InMemoryAuditStore store = new InMemoryAuditStore();
        new FailSafeAuditRecorder(store, new RecordingMetrics()).record(AuditEvents.at("a", "2026-11-21T00:00:00Z"));
        assertThat(store.day(LocalDate.parse("2026-11-21")).orElseThrow().recorded()).isEqualTo(1);
    }

    private static final class BrokenStore implements AuditStore {
        @Override
        public void append(AuditEvent event) {
            throw new IllegalStateException("table is gone");
        }

        @Override
        public void forEachEventOn(LocalDate day, Consumer<AuditEvent> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DayRecord> days() {
            return List.of();
        }

        @Override
        public Optional<DayRecord> day(LocalDate day) {
            return Optional.empty();
        }

        @Override
        public void markExported(LocalDate day, ExportManifest export) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purge(LocalDate day) {
            return 0;
        }
    }
}
