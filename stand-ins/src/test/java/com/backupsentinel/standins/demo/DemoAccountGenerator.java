package com.backupsentinel.standins.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the demo account inventory ({@code demo-account/}): the AWS CLI exports and EXPECTED.md. Deterministic:
 * one seed, fixed times. Run from the repository root:
 * {@code mvn -q -pl stand-ins test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.backupsentinel.standins.demo.DemoAccountGenerator -Dexec.args=demo-account}.
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class DemoAccountGenerator {

    private DemoAccountGenerator() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "demo-account");
        generate(target);
        report(target, System.out);
    }

    /** Writes every generated file under {@code root} (README.md, hand-written, is left alone). */
    static void generate(Path root) {
        DemoAccount account = DemoAccount.generate();
        new DemoFiles(account, root).write();
        try {
            Files.writeString(root.resolve("EXPECTED.md"), new DemoExpected(account).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write EXPECTED.md", e);
        }
    }

    private static void report(Path root, PrintStream out) {
        DemoAccount account = DemoAccount.generate();
        out.println("Demo account written to " + root.toAbsolutePath() + ": " + account.history.backupJobs.size()
                + " backup jobs, " + account.history.copyJobs.size() + " copy jobs, " + account.restores.jobs.size()
                + " restore jobs, " + account.history.points.size() + " recovery points, " + account.resources.size()
                + " tagged resources");
    }
}
