package com.backupsentinel.shared.priming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void primingHooksRunBeforeTheHotPathAndWhilePrimingIsActive() {
        List<String> order = new ArrayList<>();
        Priming.onPriming(() -> order.add("hook, priming " + Priming.active()));

        Priming.run(() -> order.add("hot path"));

        assertThat(order).containsSubsequence("hook, priming true", "hot path");
        assertThat(Priming.active()).isFalse();
    }
}
