package com.backupsentinel.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes the events of days older than the retention, but only days whose export holds every event recorded
 * for them. A day never exported (or with events recorded after its export) is kept, and the run says so.
 */
public final class AuditPurgeService {

    private final AuditStore store;
    private final int retentionDays;
    private final Clock clock;

    public AuditPurgeService(AuditStore store, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, got " + retentionDays);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.retentionDays = retentionDays;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PurgeRun purge() {
        LocalDate oldestKept = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(retentionDays);
        List<PurgedDay> purged = new ArrayList<>();
        List<KeptDay> kept = new ArrayList<>();
        for (DayRecord day : store.days()) {
            if (!day.day().isBefore(oldestKept)) {
                continue;
            }
            if (day.fullyExported()) {
                purged.add(new PurgedDay(day.day(), store.purge(day.day())));
            } else {
                long exported = day.export().map(ExportManifest::count).orElse(0L);
                kept.add(new KeptDay(day.day(), day.recorded(), exported, day.export().isEmpty()
                        ? "never exported"
                        : (day.recorded() - exported) + " events recorded after the last export"));
            }
        }
        return new PurgeRun(oldestKept, List.copyOf(purged), List.copyOf(kept));
    }

    /** A day whose events were deleted. */
    public record PurgedDay(LocalDate day, int eventsDeleted) {
    }

    /** A day past the retention that was kept, and why. */
    public record KeptDay(LocalDate day, long recorded, long exported, String reason) {
    }

    /** What one purge run did; {@code oldestKept} is the first day inside the retention. */
    public record PurgeRun(LocalDate oldestKept, List<PurgedDay> purged, List<KeptDay> kept) {
    }
}
