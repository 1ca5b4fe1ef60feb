package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The README opens with the quickstart, {@code scripts/local-invoke BackupValidatorFunction
 * events/backup-validator/full-report.json}, and shows what it prints at the end: this test runs it on the demo
 * account and compares, byte for byte, with the README's block between the {@value #START} and {@value #END} markers.
 */
class ReadmeQuickstartTest {

    static final String START = "<!-- quickstart-output:start -->";
    static final String END = "<!-- quickstart-output:end -->";
    static final String QUICKSTART = "scripts/local-invoke BackupValidatorFunction events/backup-validator/full-report.json";

    @AfterAll
    static void removeTheFunctionsEnvironment() {
        Environment.installOverlay(Map.of());
    }

    @Test
    void theReadmeOpensWithTheTwoCommandsOfANewUser() throws IOException {
        String readme = readme();
        String firstBlock = readme.substring(readme.indexOf("```bash"), readme.indexOf("```", readme.indexOf("```bash") + 7));

        assertThat(firstBlock).contains("mvn -B verify").contains(QUICKSTART);
    }

    @Test
    void theReadmeShowsExactlyWhatTheQuickstartPrintsAtTheEnd() throws IOException {
        SampleEventLogsTest.Run run = SampleEventLogsTest.Run.of("BackupValidatorFunction",
                ProjectFunctions.ROOT.resolve("events/backup-validator/full-report.json"));
        assertThat(run.status()).as(run.stderr()).isZero();
        List<String> summary = ResponseSummary.of(run.stdout().getBytes(StandardCharsets.UTF_8));

        assertThat(run.stderr()).endsWith(String.join(System.lineSeparator(), summary) + System.lineSeparator());
        assertThat(readmeBlock()).as("the README's quickstart output (between %s and %s); replace it with what the"
                + " quickstart prints", START, END).isEqualTo(summary);
    }

    private static List<String> readmeBlock() throws IOException {
        String readme = readme();
        String block = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        List<String> lines = block.strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("```");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("```");
        return lines.subList(1, lines.size() - 1);
    }

    private static String readme() throws IOException {
        return Files.readString(ProjectFunctions.ROOT.resolve("README.md"));
    }
}
