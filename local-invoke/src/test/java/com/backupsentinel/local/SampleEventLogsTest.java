package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.backupsentinel.shared.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample in events/FUNCTION/ runs under local invoke, on the embedded stand-ins and the demo account, the way
 * a new user runs them: a happy-path sample succeeds and logs no ERROR line, a bad-input sample fails as Lambda
 * would, every log line names the function and the request it belongs to (worker threads included), and no run
 * prints the metrics library's "Unknown name" / "Unknown type" noise.
 */
class SampleEventLogsTest {

    /** The samples that are bad input on purpose: the function rejects them and they reach the DLQ. */
    private static final Set<String> BAD_INPUT = Set.of(
            "backup-validator/invalid-unknown-field.json",
            "job-state-notifier/malformed-missing-job-id.json",
            "job-state-notifier/malformed-size.json",
            "job-state-notifier/other-source.json",
            "usage-log-ingestor/invalid-unknown-field.json",
            "audit-exporter/invalid-unknown-field.json",
            "org-validator/plan-unknown-field.json",
            "org-validator/shard-invalid-account.json",
            "org-validator/aggregator-unknown-field.json");

    @AfterAll
    static void removeTheLastFunctionsEnvironment() {
        Environment.installOverlay(Map.of());
    }

    @TestFactory
    Stream<DynamicTest> everySampleRunsWithLogsThatSayOnlyWhatWentWrong() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : ProjectFunctions.ids()) {
            String module = ProjectFunctions.module(ProjectFunctions.read(id, Map.of())).orElse(id);
            for (Path sample : samples(ProjectFunctions.ROOT.resolve("events").resolve(module))) {
                if (!ProjectFunctions.isSampleOf(id, sample)) {
                    continue;
                }
                String name = module + "/" + sample.getFileName();
                tests.add(dynamicTest(name, () -> {
                    Run run = Run.of(id, sample);

                    List<String> errors = run.lines("\"level\":\"ERROR\"");
                    if (BAD_INPUT.contains(name)) {
                        assertThat(run.status()).as("%s is bad input: the function rejects it%n%s", name, run.stderr())
                                .isEqualTo(1);
                        assertThat(run.stdout()).as(name).contains("\"errorMessage\"");
                    } else {
                        assertThat(run.status()).as("%s exit status%n%s", name, run.stderr()).isZero();
                        assertThat(errors).as("ERROR lines of %s", name).isEmpty();
                    }
                    assertThat(run.lines("\"level\":")).as("log lines of %s", name)
                            .noneMatch(line -> line.contains("\"function_name\":null"))
                            .noneMatch(line -> line.contains("\"function_request_id\":null"));
                    assertThat(run.lines("\"Unknown name\"")).as(name).isEmpty();
                    assertThat(run.lines("\"Unknown type\"")).as(name).isEmpty();
                    assertThat(run.lines("\u001b[")).as("terminal escapes in the output of %s", name).isEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests.stream();
    }

    private static List<Path> samples(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** One local invoke of a sample, with everything it printed, its libraries' output included. */
    record Run(int status, String stdout, String stderr) {

        static Run of(String functionId, Path sample) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                // as scripts/local-invoke does: only the response on stdout, everything else (logs, EMF) on stderr
                System.setOut(stderr);
                System.setErr(stderr);
                int status = new LocalInvoke(stdout, stderr, ProjectFunctions.ROOT.resolve("template.yaml"), Map.of(),
                        SampleEventLogsTest.class.getClassLoader(), false).run(functionId, sample.toString());
                return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }

        List<String> lines(String containing) {
            return (stdout + "\n" + stderr).lines().filter(line -> line.contains(containing)).toList();
        }
    }
}
