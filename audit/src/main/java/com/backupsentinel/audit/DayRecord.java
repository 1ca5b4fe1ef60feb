package com.backupsentinel.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the store knows of one day: how many events were recorded, and the export that covers them, if any.
 *
 * @param recorded events appended for the day
 * @param export   the last export of the day; it covers every event only if its count equals {@code recorded}
 */
public record DayRecord(LocalDate day, long recorded, Optional<ExportManifest> export) {

    /** True when an export exists and holds every event recorded for the day. */
    public boolean fullyExported() {
        return export.map(e -> e.count() == recorded).orElse(false);
    }
}
