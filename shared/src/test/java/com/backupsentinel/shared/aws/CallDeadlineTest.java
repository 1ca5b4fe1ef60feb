package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {

    @Test
    void limitsAreWrittenInSecondsToTheTenthRoundedHalfUp() {
        assertThat(CallDeadline.seconds(Duration.ZERO)).isEqualTo("0.0 s");
        assertThat(CallDeadline.seconds(Duration.ofMillis(149))).isEqualTo("0.1 s");
        assertThat(CallDeadline.seconds(Duration.ofMillis(150))).isEqualTo("0.2 s");
        assertThat(CallDeadline.seconds(Duration.ofMillis(400))).isEqualTo("0.4 s");
        assertThat(CallDeadline.seconds(Duration.ofSeconds(15))).isEqualTo("15.0 s");
        assertThat(CallDeadline.seconds(Duration.ofMillis(1_234_567))).isEqualTo("1234.6 s");
    }
}
