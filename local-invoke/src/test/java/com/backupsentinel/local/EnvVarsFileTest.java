package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvVarsFileTest {

    @TempDir
    Path temp;

    @Test
    void readsFunctionValuesAndParametersTakingScalarsAsText() throws Exception {
        EnvVarsFile file = EnvVarsFile.read(Files.writeString(temp.resolve("env.json"),
                "{\"Fn\": {\"A\": \"x\", \"B\": 2, \"C\": true, \"D\": null}, \"Parameters\": {\"Env\": \"production\"}}"));

        assertThat(file.forFunction("Fn")).isEqualTo(Map.of("A", "x", "B", "2", "C", "true", "D", ""));
        assertThat(file.forFunction("Other")).isEmpty();
        assertThat(file.parameters()).isEqualTo(Map.of("Env", "production"));
    }

    @Test
    void rejectsFilesThatAreNotSamsShape() throws IOException {
        Path notJson = Files.writeString(temp.resolve("a.json"), "Fn=1");
        Path nested = Files.writeString(temp.resolve("b.json"), "{\"Fn\": {\"A\": {\"B\": 1}}}");
        Path array = Files.writeString(temp.resolve("c.json"), "[]");

        assertThatThrownBy(() -> EnvVarsFile.read(notJson)).hasMessageStartingWith("--env-vars " + notJson
                + " cannot be read as JSON: Unrecognized token 'Fn'");
        assertThatThrownBy(() -> EnvVarsFile.read(nested))
                .hasMessage("--env-vars " + nested + ": \"Fn\".\"A\" must be a string, number or boolean");
        assertThatThrownBy(() -> EnvVarsFile.read(array)).hasMessage("--env-vars " + array + " must hold a JSON object like"
                + " {\"FunctionLogicalId\": {\"VAR\": \"value\"}, \"Parameters\": {\"NAME\": \"value\"}}");
    }

    @Test
    void overridesOnlyDeclaredVariablesWithFunctionValuesWinningOverParameters() {
        FunctionDefinition function = new FunctionDefinition("Fn", "stack-fn", "a.B", "java21", 128, 3,
                Map.of("A", "template", "B", "template", "C", "template"), Optional.empty(), "x86_64", "/aws/lambda/x",
                Map.of());
        EnvVarsFile file = new EnvVarsFile(Map.of("Fn", Map.of("A", "by-id", "NEW", "x"), "stack-fn", Map.of("B", "by-name")),
                Map.of("A", "parameter", "C", "parameter", "Other", "y"));
        Set<String> ignored = new TreeSet<>();

        FunctionDefinition overridden = LambdaEnvironment.withOverrides(function, file, ignored);

        assertThat(overridden.environment()).isEqualTo(Map.of("A", "by-id", "B", "by-name", "C", "parameter"));
        assertThat(ignored).containsExactly("NEW");
    }

    @Test
    void userFileOverridesTheInventoryDefaultsValueByValue() {
        EnvVarsFile inventory = new EnvVarsFile(Map.of("Fn", Map.of("A", "inventory", "B", "inventory")),
                Map.of("BackupVaultName", "demo-vault", "BackupPlanId", "demo-plan"));
        EnvVarsFile user = new EnvVarsFile(Map.of("Fn", Map.of("B", "user")), Map.of("BackupVaultName", "mine"));

        EnvVarsFile merged = inventory.overriddenBy(user);

        assertThat(merged.forFunction("Fn")).isEqualTo(Map.of("A", "inventory", "B", "user"));
        assertThat(merged.parameters()).isEqualTo(Map.of("BackupVaultName", "mine", "BackupPlanId", "demo-plan"));
    }
}
