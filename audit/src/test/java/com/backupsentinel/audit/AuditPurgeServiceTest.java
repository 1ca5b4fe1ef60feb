package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditPurgeServiceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private final AuditExportService export = new AuditExportService(store, (k, b, t) -> { }, "prod", NOW);
    private final AuditPurgeService purge = new AuditPurgeService(store, 7, NOW);

    @Test
    void purgesOnlyExportedDaysOlderThanTheRetention() {
        store.append(AuditEvents.at("old-1", "2026-11-10T08:00:00Z"));
        store.append(AuditEvents.at("old-2", "2026-11-10T09:00:00Z"));
        store.append(AuditEvents.at("recent", "2026-11-20T09:00:00Z"));
        export.exportClosedDays(Optional.empty());

        AuditPurgeService.PurgeRun run = purge.purge();

        assertThat(run.oldestKept()).isEqualTo(LocalDate.parse("2026-11-15"));
        assertThat(run.purged()).containsExactly(new AuditPurgeService.PurgedDay(LocalDate.parse("2026-11-10"), 2));
        assertThat(run.kept()).isEmpty();
        assertThat(store.days()).extracting(DayRecord::day).containsExactly(LocalDate.parse("2026-11-20"));
    }

    @Test
    void neverPurgesADayThatWasNeverExportedAndSaysSo() {
        store.append(AuditEvents.at("old", "2026-11-01T08:00:00Z"));

        AuditPurgeService.PurgeRun run = purge.purge();

        assertThat(run.purged()).isEmpty();
        assertThat(run.kept()).containsExactly(new AuditPurgeService.KeptDay(LocalDate.parse("2026-11-01"), 1, 0,
                "never exported"));
        List<AuditEvent> left = new java.util.ArrayList<>();
        store.forEachEventOn(LocalDate.parse("2026-11-01"), left::add);
        assertThat(left).hasSize(1);
    }

    @Test
    void keepsADayWithEventsRecordedAfterItsExport() {
        store.append(AuditEvents.at("old", "2026-11-01T08:00:00Z"));
        export.exportClosedDays(Optional.empty());
        store.append(AuditEvents.at("late", "2026-11-01T09:00:00Z"));

        AuditPurgeService.PurgeRun run = purge.purge();

        assertThat(run.purged()).isEmpty();
        assertThat(run.kept()).containsExactly(new AuditPurgeService.KeptDay(LocalDate.parse("2026-11-01"), 2, 1,
                "1 events recorded after the last export"));
    }
}
