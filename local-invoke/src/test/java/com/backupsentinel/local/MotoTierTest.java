package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The independent-emulator tier: where {@code moto_server} is on PATH, the suite's own functions run through local
 * invoke against moto (started here on 127.0.0.1, stopped after) exactly as a user points them at it, with
 * {@code AWS_ENDPOINT_URL}: the notifier publishes each alert once and SNS filter policies select it by its message
 * attributes; usage logs are ingested once and reported; audit events are replayed and exported. Where it is absent,
 * the tier contributes no test (it is not counted as a pass) and says so in one line.
 */
class MotoTierTest {

    private static final PrintStream CONSOLE = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("sentinel.root"));
    private static final Path TEMPLATE = ROOT.resolve("template.yaml");
    private static final String BUCKET = "backup-sentinel-reportbucket";
    private static final String TOPIC = "backup-sentinel-NotificationTopic";

    private static MotoServer moto;

    @TestFactory
    Stream<DynamicTest> theFunctionsAgainstMoto() throws IOException {
        Optional<Path> command = MotoServer.onPath();
        if (command.isEmpty()) {
            CONSOLE.println("moto tier: not run (moto_server not on PATH)");
            return Stream.empty();
        }
        moto = MotoServer.start(command.get(), Files.createTempFile("moto-tier", ".log"));
        CONSOLE.println("moto tier: moto_server on " + moto.endpoint());
        return Stream.of(
                dynamicTest("the notifier publishes each alert once and SNS filter policies select it",
                        MotoTierTest::notifierPublishesOnceAndFilterPoliciesSelect),
                dynamicTest("usage logs are ingested once and reported", MotoTierTest::usageLogsAreIngestedAndReported),
                dynamicTest("audit events are replayed and exported", MotoTierTest::auditEventsAreExported));
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    private static void notifierPublishesOnceAndFilterPoliciesSelect() throws IOException {
        AwsClientFactory clients = clients();
        String errorsOnly;
        String everything;
        try (SnsClient sns = clients.build(SnsClient.builder(), "SNS");
             SqsClient sqs = clients.build(SqsClient.builder(), "SQS")) {
            String topic = sns.createTopic(r -> r.name(TOPIC)).topicArn();
            errorsOnly = subscribe(sns, sqs, topic, "errors-only", Optional.of("{\"severity\": [\"ERROR\"]}"));
            everything = subscribe(sns, sqs, topic, "everything", Optional.empty());
        }
        Path envVars = Files.createTempFile("notifier", ".json");
        Files.writeString(envVars, "{\"JobStateNotifierFunction\": {\"NOTIFICATION_LEVEL\": \"all\"}}");

        JsonNode first = invoke("JobStateNotifierFunction", "job-state-notifier/backup-job-failed.json",
                "--env-vars", envVars.toString());
        JsonNode again = invoke("JobStateNotifierFunction", "job-state-notifier/backup-job-failed.json",
                "--env-vars", envVars.toString());
        JsonNode info = invoke("JobStateNotifierFunction", "job-state-notifier/backup-job-completed.json",
                "--env-vars", envVars.toString());

        assertThat(first.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(again.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(info.path("severity").asText()).isEqualTo("INFO");
        try (SqsClient sqs = clients.build(SqsClient.builder(), "SQS")) {
            List<JsonNode> errors = drain(sqs, errorsOnly);
            List<JsonNode> all = drain(sqs, everything);
            assertThat(errors).singleElement().satisfies(envelope -> {
                assertThat(envelope.path("MessageId").asText()).isEqualTo(first.path("messageId").asText());
                assertThat(envelope.path("MessageAttributes").path("severity").path("Value").asText())
                        .isEqualTo("ERROR");
            });
            assertThat(all).extracting(envelope -> envelope.path("MessageId").asText())
                    .containsExactlyInAnyOrder(first.path("messageId").asText(), info.path("messageId").asText());
        }
    }

    private static void usageLogsAreIngestedAndReported() throws IOException {
        try (S3Client s3 = clients().build(S3Client.builder().forcePathStyle(true), "S3")) {
            s3.createBucket(r -> r.bucket(BUCKET));
            Path samples = ROOT.resolve("demo-account/s3/ReportBucket");
            try (Stream<Path> files = Files.walk(samples)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    s3.putObject(r -> r.bucket(BUCKET).key(samples.relativize(file).toString().replace('\\', '/')),
                            RequestBody.fromFile(file));
                }
            }
            JsonNode batch = invoke("UsageLogIngestorFunction", "usage-log-ingestor/sqs-object-created-batch.json");
            JsonNode redelivered = invoke("UsageLogIngestorFunction",
                    "usage-log-ingestor/sqs-object-created-batch.json");
            JsonNode report = invoke("UsageLogIngestorFunction", "usage-log-ingestor/report.json");

            assertThat(batch.path("batchItemFailures")).singleElement()
                    .satisfies(failure -> assertThat(failure.path("itemIdentifier").asText())
                            .isEqualTo("3d7f2ca1-5a8b-4f4e-9e36-0c2d1f4a8b04"));
            assertThat(redelivered.path("batchItemFailures")).hasSize(1);
            String csv = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(report.path("key").asText())).asUtf8String();
            assertThat(csv.lines().count() - 1).isEqualTo(report.path("rowCount").asLong()).isPositive();
            assertThat(csv.lines()).anySatisfy(line -> assertThat(line).contains("2025-10-30", "acme",
                    "john.doe@example.com"));
            assertThat(s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("quarantine/")).contents()).isNotEmpty();
        }
    }

    private static void auditEventsAreExported() throws IOException {
        JsonNode replay = invoke("AuditExportFunction", "audit-exporter/replay.json");
        JsonNode export = invoke("AuditExportFunction", "audit-exporter/export.json");

        assertThat(replay.path("replayed").asInt()).isEqualTo(1);
        JsonNode written = export.path("written");
        List<String> periods = new ArrayList<>();
        written.forEach(day -> periods.add(day.path("period").asText()));
        assertThat(periods).contains("2026-11-22");
        JsonNode day = null;
        for (JsonNode candidate : written) {
            if (candidate.path("period").asText().equals("2026-11-22")) {
                day = candidate;
            }
        }
        String key = day.path("objectKey").asText();
        try (S3Client s3 = clients().build(S3Client.builder().forcePathStyle(true), "S3")) {
            byte[] body = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray();
            String lines = gunzip(body);
            assertThat(lines).contains("\"eventId\":\"5d0e2c0b8f3a41c6a9b7e1f2d3c4b5a6\"");
            assertThat(lines.lines().count()).isEqualTo(day.path("count").asLong());
        }
        JsonNode again = invoke("AuditExportFunction", "audit-exporter/export.json");
        assertThat(again.path("written")).isEmpty();
    }

    private static String subscribe(SnsClient sns, SqsClient sqs, String topic, String name,
                                    Optional<String> filterPolicy) {
        String url = sqs.createQueue(r -> r.queueName(name)).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(arn)
                .attributes(filterPolicy.map(policy -> Map.of("FilterPolicy", policy)).orElse(Map.of())));
        return url;
    }

    private static List<JsonNode> drain(SqsClient sqs, String url) throws IOException {
        List<JsonNode> envelopes = new ArrayList<>();
        List<Message> messages;
        do {
            messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            for (Message message : messages) {
                envelopes.add(JSON.readTree(message.body()));
                sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        } while (!messages.isEmpty());
        return envelopes;
    }

    private static JsonNode invoke(String function, String event, String... options) {
        List<String> args = new ArrayList<>(List.of(function, ROOT.resolve("events").resolve(event).toString()));
        args.addAll(List.of(options));
        LocalInvokeRun.Result result = LocalInvokeRun.run(TEMPLATE, environment(), args.toArray(String[]::new));
        assertThat(result.status()).as(result.stdout() + result.stderr()).isZero();
        return result.json();
    }

    private static Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL", moto.endpoint().toString(), "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");
    }

    private static AwsClientFactory clients() {
        return AwsClientFactory.fromEnvironment(Environment.of(environment()));
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
