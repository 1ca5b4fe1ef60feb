package com.backupsentinel.local;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a process with exactly the given environment and measures from start to the first line on its stdout (the
 * response): "fresh process to first response". Its stderr goes to a file, read afterwards.
 */
final class TimedProcess {

    /** The wall time to the first line of stdout, that line, the exit status and what went to stderr. */
    record Result(long millis, String firstLine, int exitStatus, String stderr) {

        boolean succeeded() {
            return exitStatus == 0 && firstLine != null;
        }
    }

    private TimedProcess() {
    }

    static Result run(List<String> command, Map<String, String> environment, Path workDir) {
        try {
            Path stderr = Files.createTempFile("cold-start-", ".stderr");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                        .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().clear();
                builder.environment().putAll(environment);
                long start = System.nanoTime();
                Process process = builder.start();
                String firstLine;
                long end;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    firstLine = out.readLine();
                    end = System.nanoTime();
                    while (out.readLine() != null) {
                        // drain the rest so the process can exit
                    }
                }
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                return new Result((end - start) / 1_000_000, firstLine, process.exitValue(),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
