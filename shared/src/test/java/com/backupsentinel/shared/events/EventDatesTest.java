package com.backupsentinel.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-07-15T21:40:31.207Z      | 2020-07-15T21:40:31.207Z",
        "2020-07-16T05:00:00Z          | 2020-07-16T05:00:00Z",
        "2020-07-16T07:00:00+02:00     | 2020-07-16T05:00:00Z",
        "2020-07-15T21:40:31           | 2020-07-15T21:40:31Z",
        "Jul 15, 2020 9:39:07 PM       | 2020-07-15T21:39:07Z",
        "jul 15, 2020 9:39:07 am       | 2020-07-15T09:39:07Z",
        "Jul 15, 2020, 9:39:07 PM      | 2020-07-15T21:39:07Z",
        "2020-07-15 21:40:31.5         | 2020-07-15T21:40:31.500Z"
    })
    void readsEveryDateFormatAwsBackupEventsUse(String text, String expected) {
        assertThat(EventDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2020-13-45T00:00:00Z", "15/07/2020"})
    void findsNoDateInOtherText(String text) {
        assertThat(EventDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1594849111.152, 2020-07-15T21:38:31.152Z", "1594849111152, 2020-07-15T21:38:31.152Z"})
    void readsEpochSecondsAndEpochMillis(String epoch, String expected) {
        assertThat(EventDates.fromEpoch(new BigDecimal(epoch))).isEqualTo(Instant.parse(expected));
    }
}
