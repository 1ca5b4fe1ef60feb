package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AuditSortKeyTest {

    @Property(tries = 2000)
    void paddingMatchesStringFormatForAnyLong(@ForAll long millis) {
        assertThat(DynamoDbAuditStore.zeroPadded(millis)).isEqualTo(String.format("%013d", millis));
    }

    @Test
    void paddingMatchesStringFormatAtTheWidthBoundaries() {
        for (long millis : new long[] {0, 1, -1, 999_999_999_999L, 1_000_000_000_000L, 9_999_999_999_999L,
                10_000_000_000_000L, -99_999_999_999L, -999_999_999_999L, -1_000_000_000_000L, Long.MAX_VALUE,
                Long.MIN_VALUE}) {
            assertThat(DynamoDbAuditStore.zeroPadded(millis)).as("%d", millis)
                    .isEqualTo(String.format("%013d", millis));
        }
    }

    @Test
    void sortKeyIsThePaddedMillisThenTheEventId() {
        AuditEvent event = AuditEvents.at("event-1", "2001-09-09T01:46:40.123Z");

        assertThat(DynamoDbAuditStore.sortKey(event)).isEqualTo("1000000000123#event-1");
    }
}
