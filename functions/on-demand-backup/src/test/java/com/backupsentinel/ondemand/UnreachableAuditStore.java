package com.backupsentinel.ondemand;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditStore;
import com.backupsentinel.audit.DayRecord;
import com.backupsentinel.audit.ExportManifest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** An audit table that cannot be reached: every call fails as an SDK call would. */
final class UnreachableAuditStore implements AuditStore {

    @Override
    public void append(AuditEvent event) {
        throw new IllegalStateException("Unable to execute HTTP request: Connection refused");
    }

    @Override
    public void forEachEventOn(LocalDate day, Consumer<AuditEvent> sink) {
        throw new IllegalStateException("unreachable");
    }

    @Override
    public List<DayRecord> days() {
        throw new IllegalStateException("unreachable");
    }

    @Override
    public Optional<DayRecord> day(LocalDate day) {
        throw new IllegalStateException("unreachable");
    }

    @Override
    public void markExported(LocalDate day, ExportManifest export) {
        throw new IllegalStateException("unreachable");
    }

    @Override
    public int purge(LocalDate day) {
        throw new IllegalStateException("unreachable");
    }
}
