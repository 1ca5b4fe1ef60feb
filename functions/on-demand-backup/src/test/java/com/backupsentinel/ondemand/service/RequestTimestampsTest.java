package com.backupsentinel.ondemand.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestTimestampsTest {

    @Test
    void formatsInTheSeedsShapeInUtcToTheSecond() {
        assertThat(RequestTimestamps.format(Instant.parse("2023-02-02T17:03:15.987Z"))).isEqualTo("2023-02-02t17-03-15");
    }

    @Test
    void acceptsWellFormedTimestamps() {
        assertThat(RequestTimestamps.isValid("2023-02-02t17-03-15")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-02T17-03-15", "2023-02-02t17:03:15", "2023-13-02t17-03-15", "2023-02-30t17-03-15",
        "2023-02-02t24-00-00", "latest", "", "2023-02-02t17-03-15x"})
    void rejectsAnythingElse(String text) {
        assertThat(RequestTimestamps.isValid(text)).isFalse();
    }
}
