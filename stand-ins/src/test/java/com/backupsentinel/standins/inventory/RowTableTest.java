package com.backupsentinel.standins.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowTableTest {

    private final Interner interner = new Interner();

    @Test
    void resumesAtTheCursorEvenWhenRowsWereAddedBetweenPages() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(job("job-" + i, Instant.parse("2026-11-10T00:00:00Z").plusSeconds(i * 60L), "COMPLETED"));
        }
        RowTable table = RowTable.of(rows);

        RowPage first = table.page(RowQuery.all(4));
        table.put(job("job-new", Instant.parse("2026-11-22T00:00:00Z"), "CREATED"));
        RowPage second = table.page(new RowQuery(row -> true, Optional.empty(), Optional.empty(), first.next(), 4));

        assertThat(first.rows()).extracting(Row::id).containsExactly("job-9", "job-8", "job-7", "job-6");
        assertThat(second.rows()).extracting(Row::id).containsExactly("job-5", "job-4", "job-3", "job-2");
    }

    @Test
    void stopsAtTheCreatedAfterBoundAndStartsAtTheCreatedBeforeBound() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(job("job-" + i, Instant.parse("2026-11-10T00:00:00Z").plusSeconds(i * 60L), i % 2 == 0 ? "FAILED" : "COMPLETED"));
        }
        RowTable table = RowTable.of(rows);
        long after = Instant.parse("2026-11-10T00:02:00Z").toEpochMilli();
        long before = Instant.parse("2026-11-10T00:08:00Z").toEpochMilli();

        RowPage page = table.page(new RowQuery(row -> "FAILED".equals(row.get(RowField.STATE)), Optional.of(after),
                Optional.of(before), Optional.empty(), 100));

        assertThat(page.rows()).extracting(Row::id).containsExactly("job-6", "job-4");
        assertThat(page.next()).isEmpty();
    }

    @Test
    void offersANextCursorOnlyWhenAnotherRowMatches() {
        RowTable table = RowTable.of(List.of(job("a", Instant.parse("2026-11-10T00:00:00Z"), "FAILED"),
                job("b", Instant.parse("2026-11-10T00:01:00Z"), "COMPLETED")));

        RowPage page = table.page(new RowQuery(row -> "COMPLETED".equals(row.get(RowField.STATE)), Optional.empty(),
                Optional.empty(), Optional.empty(), 1));

        assertThat(page.rows()).extracting(Row::id).containsExactly("b");
        assertThat(page.next()).isEmpty();
    }

    private Row job(String id, Instant created, String state) {
        ObjectNode json = WireJson.MAPPER.createObjectNode();
        json.put("BackupJobId", id);
        json.set("CreationDate", WireJson.timestamp(created));
        json.put("State", state);
        return Row.of(RowKind.BACKUP_JOB, json, interner);
    }
}
