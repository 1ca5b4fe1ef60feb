package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@link LocalInvoke} in this JVM against the fixture template and keeps what it printed. */
final class LocalInvokeRun {

    static final Path FIXTURES = resource("fixtures");
    static final Path TEMPLATE = FIXTURES.resolve("template.yaml");
    static final Path INVENTORY = FIXTURES.resolve("inventory");

    private LocalInvokeRun() {
    }

    /** The outcome of one run. */
    record Result(int status, String stdout, String stderr) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + stdout + "\nstderr: " + stderr, e);
            }
        }
    }

    /** Embedded stand-ins serving the fixture inventory. */
    static Result run(String... args) {
        return run(TEMPLATE, Map.of(), args);
    }

    static Result run(Path template, Map<String, String> environment, String... args) {
        Map<String, String> process = new HashMap<>(environment);
        process.putIfAbsent(LocalInvoke.INVENTORY_VARIABLE, INVENTORY.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = new LocalInvoke(stdout, stderr, template, process, LocalInvokeRun.class.getClassLoader(), false)
                    .run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static String event(String name) {
        return FIXTURES.resolve("events").resolve(name).toString();
    }

    static Path resource(String name) {
        try {
            return Path.of(LocalInvokeRun.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
