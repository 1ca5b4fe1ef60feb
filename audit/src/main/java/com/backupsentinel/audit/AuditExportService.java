package com.backupsentinel.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports closed days (UTC days before today) as {@code <namespace>/user-events-audit/YYYY/MM/DD/} JSON Lines,
 * gzip-compressed, in createdAt order, each with a manifest. A day already exported with every event it holds is
 * left alone; a day whose events changed since is written again under the same keys, so there is never a
 * second copy.
 */
public final class AuditExportService {

    private final AuditStore store;
    private final ExportSink sink;
    private final String namespace;
    private final Clock clock;

    public AuditExportService(AuditStore store, ExportSink sink, String namespace, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.namespace = requireNamespace(namespace);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Exports every closed day that holds events not yet exported; a given {@code day} limits it to that day. */
    public ExportRun exportClosedDays(Optional<LocalDate> onlyDay) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (onlyDay.isPresent() && !onlyDay.get().isBefore(today)) {
            throw new IllegalArgumentException("Only closed periods can be exported: " + onlyDay.get()
                    + " is not before today (" + today + ", UTC)");
        }
        List<ExportManifest> written = new ArrayList<>();
        List<LocalDate> unchanged = new ArrayList<>();
        for (DayRecord day : store.days()) {
            if (!day.day().isBefore(today) || onlyDay.map(d -> !d.equals(day.day())).orElse(false)) {
                continue;
            }
            if (day.fullyExported()) {
                unchanged.add(day.day());
                continue;
            }
            written.add(exportDay(day.day()));
        }
        return new ExportRun(List.copyOf(written), List.copyOf(unchanged));
    }

    private ExportManifest exportDay(LocalDate day) {
        String folder = String.format("%s/user-events-audit/%04d/%02d/%02d/", namespace, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth());
        String key = folder + "user-events-" + day + ".jsonl.gz";
        JsonLinesGzip writer = new JsonLinesGzip();
        store.forEachEventOn(day, writer::add);
        JsonLinesGzip.Finished finished = writer.finish(day, key);
        sink.put(key, finished.body(), "application/gzip");
        sink.put(folder + "user-events-" + day + ".manifest.json",
                finished.manifest().toJson().getBytes(StandardCharsets.UTF_8), "application/json");
        store.markExported(day, finished.manifest());
        return finished.manifest();
    }

    private static String requireNamespace(String namespace) {
        if (namespace == null || !namespace.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("Audit namespace must be 1 to 63 letters, digits, '.', '_' or '-', got '"
                    + namespace + "'");
        }
        return namespace;
    }

    /** What one export run did. */
    public record ExportRun(List<ExportManifest> written, List<LocalDate> alreadyExported) {
    }
}
