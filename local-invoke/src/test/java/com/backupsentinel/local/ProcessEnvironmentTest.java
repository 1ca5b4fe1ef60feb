package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessEnvironmentTest {

    @Test
    void showsTheFunctionsEnvironmentToLibrariesThatReadSystemGetenv() {
        boolean mirrored = ProcessEnvironment.mirror(Map.of("LOCAL_INVOKE_MIRROR_CHECK", "visible"));

        assertThat(mirrored).isTrue();
        assertThat(System.getenv("LOCAL_INVOKE_MIRROR_CHECK")).isEqualTo("visible");
        assertThat(System.getenv()).containsEntry("LOCAL_INVOKE_MIRROR_CHECK", "visible");
    }
}
