package com.backupsentinel.standins.inventory;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One page request against a {@link RowTable}.
 *
 * @param filter        which rows match (besides the creation-time bounds)
 * @param createdAfter  only rows created strictly after this epoch millisecond
 * @param createdBefore only rows created strictly before this epoch millisecond
 * @param start         where to resume, from a previous page's cursor
 * @param limit         the page size, at least 1
 */
public record RowQuery(Predicate<Row> filter, Optional<Long> createdAfter, Optional<Long> createdBefore,
                       Optional<Cursor> start, int limit) {

    public RowQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(createdAfter, "createdAfter");
        Objects.requireNonNull(createdBefore, "createdBefore");
        Objects.requireNonNull(start, "start");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    /** Every row, first page, {@code limit} at a time. */
    public static RowQuery all(int limit) {
        return new RowQuery(row -> true, Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
