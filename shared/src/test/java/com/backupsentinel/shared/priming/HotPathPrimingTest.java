package com.backupsentinel.shared.priming;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HotPathPrimingTest {

    private static final class SamplePriming extends HotPathPriming {
        @Override
        protected void prime() {
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"snap-start", "", "lambda-managed-instances"})
    void handsThePrimingToCracWhenASnapshotCanFollowTheInitialisation(String initializationType) {
        List<Resource> context = new ArrayList<>();
        SamplePriming priming = new SamplePriming();

        SamplePriming registered = HotPathPriming.register(priming,
                Environment.of(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", initializationType)), context::add);

        assertThat(registered).isSameAs(priming);
        assertThat(context).containsExactly(priming);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on-demand", "provisioned-concurrency"})
    void keepsThePrimingFromCracWhenLambdaTakesNoSnapshotAfterThisInitialisation(String initializationType) {
        List<Resource> context = new ArrayList<>();
        SamplePriming priming = new SamplePriming();

        HotPathPriming.register(priming, Environment.of(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", initializationType)),
                context::add);

        assertThat(context).isEmpty();
    }
}
