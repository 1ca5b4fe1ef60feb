package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0             | 0 bytes",
        "1023          | 1,023 bytes",
        "36048         | 35.2 KiB (36,048 bytes)",
        "3221225472    | 3.0 GiB (3,221,225,472 bytes)",
        "22548578304   | 21.0 GiB (22,548,578,304 bytes)",
        "1099511627776 | 1.0 TiB (1,099,511,627,776 bytes)"
    })
    void writesSizesForPeople(long bytes, String expected) {
        assertThat(Formats.size(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"45, 45 s", "138, 2 min 18 s", "3900, 1 h 5 min", "183600, 2 d 3 h", "-5, 0 s"})
    void writesDurationsForPeople(long seconds, String expected) {
        assertThat(Formats.duration(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @Test
    void writesTimesInUtc() {
        assertThat(Formats.time(Instant.parse("2020-07-15T21:41:05.921Z"))).isEqualTo("2020-07-15 21:41:05 UTC");
    }

    @Property
    void sizesReadAsStringFormatWroteThem(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long bytes) {
        String expected;
        if (bytes < 1024) {
            expected = String.format(Locale.ROOT, "%,d bytes", bytes);
        } else {
            double value = bytes;
            int unit = -1;
            while (value >= 1024 && unit < 5) {
                value /= 1024;
                unit++;
            }
            expected = String.format(Locale.ROOT, "%.1f %s (%,d bytes)", value,
                    new String[] {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}[unit], bytes);
        }
        assertThat(Formats.size(bytes)).isEqualTo(expected);
    }

    @Property
    void timesReadAsTheDateTimePatternWroteThem(
            @ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        assertThat(Formats.time(instant)).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
                Locale.ROOT).withZone(ZoneOffset.UTC).format(instant));
    }
}
