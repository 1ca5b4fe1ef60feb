package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU figures: each process reports its own by its response; medians and their ratio. */
class ColdStartCpuFiguresTest {

    @Test
    void summarisesTheMedianCpuOfEachSideAndTheirRatio() {
        assertThat(ColdStartBench.cpuSummary(List.of(390L, 370L, 420L), List.of(200L, 210L, 190L)))
                .isEqualTo("  cpu used by the response (all threads): java 390 ms, python 200 ms: ratio 1.95x");
    }

    @Test
    void withoutAPythonPeerSummarisesJavaAlone() {
        assertThat(ColdStartBench.cpuSummary(List.of(380L, 400L, 390L), List.of()))
                .isEqualTo("  cpu used by the response (all threads): java 390 ms");
    }

    @Test
    void saysSoWhenThePlatformReportsNoCpuTime() {
        assertThat(ColdStartBench.cpuSummary(List.of(380L, -1L), List.of(200L, 210L)))
                .isEqualTo("  cpu: not reported by this platform");
    }

    @Test
    void readsThePeersCpuTimeFromItsResponseLine() {
        assertThat(ColdStartBench.peerCpuMillis("{\"status\": 200, \"cpu_ms\": 212}")).isEqualTo(212L);
        assertThat(ColdStartBench.peerCpuMillis("{\"status\": 200}")).as("an older peer").isEqualTo(-1L);
        assertThat(ColdStartBench.peerCpuMillis(null)).isEqualTo(-1L);
    }
}
