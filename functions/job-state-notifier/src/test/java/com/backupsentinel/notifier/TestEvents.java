package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.AwsBackupEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Sample events: this function's folder, AWS's own samples, and small envelopes built in tests. */
final class TestEvents {

    static final Path ROOT = root();
    static final Path FUNCTION_EVENTS = ROOT.resolve("events/job-state-notifier");
    static final Path AWS_SAMPLES = ROOT.resolve("events/aws-samples");

    private TestEvents() {
    }

    /** {@code sentinel.root} (set by surefire), else the nearest folder up from here that holds template.yaml. */
    private static Path root() {
        String property = System.getProperty("sentinel.root");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("template.yaml")) && Files.isDirectory(folder.resolve("events"))) {
                return folder;
            }
        }
        throw new IllegalStateException("Cannot find the repository root: set -Dsentinel.root=<folder with "
                + "template.yaml>");
    }

    static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AwsBackupEvent functionEvent(String name) {
        return AwsBackupEventParser.parse(bytes(FUNCTION_EVENTS.resolve(name)));
    }

    static AwsBackupEvent event(String id, String detailType, String detail) {
        return AwsBackupEventParser.parse(envelope(id, detailType, detail));
    }

    static String envelope(String id, String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType + "\","
                + "\"source\":\"aws.backup\",\"account\":\"111122223333\",\"time\":\"2026-11-20T01:47:12Z\","
                + "\"region\":\"us-west-2\",\"resources\":[],\"detail\":" + detail + "}";
    }

    /** A backup job event in {@code state}; the rest of the detail as given (may be empty). */
    static AwsBackupEvent backupJob(String eventId, String jobId, String state, String more) {
        return event(eventId, "Backup Job State Change", "{\"backupJobId\":\"" + jobId + "\",\"state\":\"" + state
                + "\",\"resourceArn\":\"arn:aws:rds:us-west-2:111122223333:db:orders\",\"resourceType\":\"RDS\""
                + (more.isEmpty() ? "" : "," + more) + "}");
    }
}
