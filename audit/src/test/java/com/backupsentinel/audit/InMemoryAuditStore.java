package com.backupsentinel.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The store's contract in memory, for service tests; the DynamoDB adapter is tested against DynamoDB Local. */
final class InMemoryAuditStore implements AuditStore {

    private final Map<String, AuditEvent> events = new TreeMap<>();
    private final Map<LocalDate, Long> recorded = new TreeMap<>();
    private final Map<LocalDate, ExportManifest> exports = new TreeMap<>();

    @Override
    public void append(AuditEvent event) {
        if (events.putIfAbsent(event.eventId(), event) == null) {
            recorded.merge(DynamoDbAuditStore.dayOf(event), 1L, Long::sum);
        }
    }

    @Override
    public void forEachEventOn(LocalDate day, Consumer<AuditEvent> sink) {
        events.values().stream()
                .filter(e -> DynamoDbAuditStore.dayOf(e).equals(day))
                .sorted(Comparator.comparing(DynamoDbAuditStore::sortKey))
                .forEach(sink);
    }

    @Override
    public List<DayRecord> days() {
        List<DayRecord> days = new ArrayList<>();
        recorded.keySet().forEach(day -> days.add(day(day).orElseThrow()));
        return days;
    }

    @Override
    public Optional<DayRecord> day(LocalDate day) {
        return Optional.ofNullable(recorded.get(day))
                .map(count -> new DayRecord(day, count, Optional.ofNullable(exports.get(day))));
    }

    @Override
    public void markExported(LocalDate day, ExportManifest export) {
        exports.put(day, export);
    }

    @Override
    public int purge(LocalDate day) {
        int before = events.size();
        events.values().removeIf(e -> DynamoDbAuditStore.dayOf(e).equals(day));
        recorded.remove(day);
        exports.remove(day);
        return before - events.size();
    }
}
