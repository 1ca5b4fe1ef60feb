package com.backupsentinel.standins.inventory;

import java.util.List;
import java.util.Optional;

/**
 * One page of rows and, when more rows match, where the next page starts.
 *
 * @param rows the page, in list order
 * @param next the first row of the next page, if any matches
 */
public record RowPage(List<Row> rows, Optional<Cursor> next) {

    public RowPage {
        rows = List.copyOf(rows);
    }
}
