package com.backupsentinel.standins.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows sorted newest first with an id index. Reads take a snapshot of the sorted array, so a page costs the rows it
 * scans (binary search to the start, stop at the creation-time bound), never a copy of the table. Writes (jobs
 * started through the API, state changes) copy the array; they are rare.
 */
public final class RowTable {

    private volatile Row[] rows;
    private final Map<String, Row> byId;

    private RowTable(Row[] sorted, Map<String, Row> byId) {
        this.rows = sorted;
        this.byId = byId;
    }

    /** A table of {@code rows}; a later row with the same id replaces an earlier one. */
    public static RowTable of(Collection<Row> rows) {
        Map<String, Row> byId = new ConcurrentHashMap<>(Math.max(16, rows.size() * 4 / 3 + 1));
        for (Row row : rows) {
            byId.put(row.id(), row);
        }
        Row[] sorted = byId.values().toArray(new Row[0]);
        Arrays.sort(sorted, Row::compare);
        return new RowTable(sorted, byId);
    }

    public static RowTable empty() {
        return new RowTable(new Row[0], new ConcurrentHashMap<>());
    }

    public Optional<Row> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return rows.length;
    }

    /** Every row, newest first (a snapshot). */
    public List<Row> all() {
        return List.of(rows);
    }

    /** Adds {@code row}, or replaces the row with the same id. */
    public synchronized void put(Row row) {
        Row previous = byId.get(row.id());
        List<Row> copy = new ArrayList<>(Arrays.asList(rows));
        if (previous != null) {
            copy.remove(indexOf(rows, previous));
        }
        int insertAt = lowerBound(copy.toArray(new Row[0]), row.created(), row.id());
        copy.add(insertAt, row);
        rows = copy.toArray(new Row[0]);
        byId.put(row.id(), row);
    }

    /** The page {@code query} asks for. */
    public RowPage page(RowQuery query) {
        Row[] snapshot = rows;
        int index = 0;
        if (query.createdBefore().isPresent()) {
            // rows created strictly before T start at the first row whose (created, id) sorts after (T, "")
            index = lowerBound(snapshot, query.createdBefore().get() - 1, "");
        }
        if (query.start().isPresent()) {
            Cursor cursor = query.start().get();
            index = Math.max(index, lowerBound(snapshot, cursor.created(), cursor.id()));
        }
        List<Row> page = new ArrayList<>(Math.min(query.limit(), 1024));
        for (; index < snapshot.length; index++) {
            Row row = snapshot[index];
            if (query.createdAfter().isPresent() && row.created() <= query.createdAfter().get()) {
                break;
            }
            if (!query.filter().test(row)) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new RowPage(page, Optional.of(new Cursor(row.created(), row.id())));
            }
            page.add(row);
        }
        return new RowPage(page, Optional.empty());
    }

    private static int indexOf(Row[] sorted, Row row) {
        int index = lowerBound(sorted, row.created(), row.id());
        if (index < sorted.length && sorted[index].id().equals(row.id())) {
            return index;
        }
        throw new IllegalStateException("Row " + row.id() + " is indexed but not in the sorted table");
    }

    /** The first index whose row sorts at or after (created, id) in newest-first order. */
    private static int lowerBound(Row[] sorted, long created, String id) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Row.compare(sorted[mid].created(), sorted[mid].id(), created, id) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
