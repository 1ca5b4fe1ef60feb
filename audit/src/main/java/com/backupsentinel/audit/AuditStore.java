package com.backupsentinel.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where audit events live until they are exported and purged; days are UTC days of {@code createdAt}. */
public interface AuditStore {

    /**
     * Stores the event and counts it against its day. Appending the same event again (same id and createdAt, as a
     * retry produces) stores and counts it once.
     */
    void append(AuditEvent event);

    /** Feeds the day's events to {@code sink} in createdAt order, ties broken by event id. */
    void forEachEventOn(LocalDate day, Consumer<AuditEvent> sink);

    /** Every day that holds events, oldest first, with how many were recorded and what was exported. */
    List<DayRecord> days();

    Optional<DayRecord> day(LocalDate day);

    /** Remembers that {@code export} covers the day. */
    void markExported(LocalDate day, ExportManifest export);

    /** Deletes the day's events and its record; returns how many events were deleted. */
    int purge(LocalDate day);
}
