package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --capture against the embedded stand-ins, through the SDK interceptor the SDK finds on the classpath. */
class CaptureTest {

    private static final String BUCKET = "backup-sentinel-fixture-210987654321";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void writesEverySnsPublishS3ObjectAndBackupStartOrStopAsFiles() throws IOException {
        Path capture = temp.resolve("capture");

        LocalInvokeRun.Result result = LocalInvokeRun.run("SideEffectsFunction", LocalInvokeRun.event("direct.json"),
                "--capture", capture.toString());

        assertThat(result.status()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.json().path("tableIndexes").toString()).isEqualTo("[\"byOwner\"]");
        assertThat(result.json().path("timeToLive").asText()).isEqualTo("expiresAt");
        String jobId = result.json().path("backupJobId").asText();
        assertThat(files(capture)).containsExactly(
                "backup/001-StartBackupJob.json",
                "backup/002-StopBackupJob.json",
                "s3/" + BUCKET + "/exports/usage.csv",
                "s3/" + BUCKET + "/reports/latest.html",
                "s3/" + BUCKET + "/reports/validation/2026-11-22/report ü.html",
                "sns/001.json");

        JsonNode publish = JSON.readTree(capture.resolve("sns/001.json").toFile());
        assertThat(publish.toString()).isEqualTo("{\"topicArn\":\"arn:aws:sns:eu-west-1:210987654321:backup-sentinel-Topic\","
                + "\"subject\":\"Backup job failed\",\"message\":\"{\\\"default\\\":\\\"job 1 failed\\\"}\","
                + "\"messageStructure\":\"json\",\"messageAttributes\":{\"severity\":{\"dataType\":\"String\","
                + "\"stringValue\":\"ERROR\"}}}");
        byte[] report = "<p>caf\u00e9 &amp; r\u00e9sum\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(capture.resolve("s3/" + BUCKET + "/reports/validation/2026-11-22/report ü.html")).hasBinaryContent(report);
        assertThat(capture.resolve("s3/" + BUCKET + "/reports/latest.html")).hasBinaryContent(report);
        assertThat(capture.resolve("s3/" + BUCKET + "/exports/usage.csv")).hasContent("user,count\nalice,3\n");
        assertThat(JSON.readTree(capture.resolve("backup/001-StartBackupJob.json").toFile()).toString())
                .isEqualTo("{\"BackupVaultName\":\"Default\",\"ResourceArn\":\"arn:aws:dynamodb:eu-west-1:210987654321:table/orders\","
                        + "\"IamRoleArn\":\"arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole\","
                        + "\"IdempotencyToken\":\"" + result.json().path("requestId").asText() + "\","
                        + "\"Lifecycle\":{\"DeleteAfterDays\":7}}");
        assertThat(JSON.readTree(capture.resolve("backup/002-StopBackupJob.json").toFile()).toString())
                .isEqualTo("{\"BackupJobId\":\"" + jobId + "\"}");
    }

    @Test
    void refusesAFolderHoldingAnEarlierCapture() throws IOException {
        Path capture = temp.resolve("again");
        Files.createDirectories(capture.resolve("sns"));
        Files.writeString(capture.resolve("sns/007.json"), "{}");

        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"),
                "--capture", capture.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("local-invoke: --capture " + capture + " already holds [sns/]; give a"
                + " new or empty folder (a capture never replaces or mixes with another)");
        assertThat(files(capture)).containsExactly("sns/007.json");
    }

    @Test
    void refusesAFolderThatHoldsOtherFiles() throws IOException {
        Path capture = Files.createDirectories(temp.resolve("home"));
        Files.writeString(capture.resolve("notes.txt"), "keep me");

        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"),
                "--capture", capture.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("local-invoke: --capture " + capture + " already holds [notes.txt];"
                + " give a new or empty folder (a capture never replaces or mixes with another)");
        assertThat(capture.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void capturesIntoAnEmptyFolderThatExists() throws IOException {
        Path capture = Files.createDirectories(temp.resolve("empty"));

        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"),
                "--capture", capture.toString());

        assertThat(result.status()).as(result.stderr()).isZero();
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
    }
}
