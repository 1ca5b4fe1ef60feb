package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {

    @TempDir
    Path temp;

    @Test
    void readsPositionalArgumentsAndOptionsInAnyOrder() throws Exception {
        Path event = Files.writeString(temp.resolve("event.json"), "{}");
        Path envVars = Files.writeString(temp.resolve("env.json"), "{}");

        Arguments arguments = Arguments.parse("--capture", "out", "Fn", event.toString(), "--env-vars", envVars.toString());

        assertThat(arguments).isEqualTo(new Arguments("Fn", event, Optional.of(envVars), Optional.of(Path.of("out"))));
    }

    @Test
    void acceptsADashForTheEventOnStdin() throws Exception {
        assertThat(Arguments.parse("Fn", "-").eventFile()).isEqualTo(Path.of("-"));
    }

    @Test
    void namesWhatIsWrongWithTheCommandLine() throws IOException {
        Path event = Files.writeString(temp.resolve("event.json"), "{}");

        assertThatThrownBy(Arguments::parse).hasMessage("FUNCTION_LOGICAL_ID is missing");
        assertThatThrownBy(() -> Arguments.parse("Fn", event.toString(), "extra")).hasMessage("unexpected argument extra");
        assertThatThrownBy(() -> Arguments.parse("Fn", event.toString(), "--env-vars"))
                .hasMessage("--env-vars needs a value");
        assertThatThrownBy(() -> Arguments.parse("Fn", event.toString(), "--parameter-overrides", "x"))
                .hasMessage("unknown option --parameter-overrides");
        assertThatThrownBy(() -> Arguments.parse("Fn", event.toString(), "--env-vars", "missing.json"))
                .hasMessage("--env-vars file missing.json does not exist");
    }
}
