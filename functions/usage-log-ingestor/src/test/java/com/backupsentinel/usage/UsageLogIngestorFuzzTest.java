package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.hostile.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * UsageLogIngestorFunction fed what reaches it: SQS batches of S3 "Object Created" events (the template's path:
 * S3 to EventBridge to SQS) naming usage logs whose content is hostile in every way, batches and direct invokes of
 * every wrong shape, and what a misrouted trigger would deliver (an EventBridge event or an S3 event notification
 * straight to the function, an S3 notification inside an SQS message). Through the real SDK against the S3 and
 * DynamoDB stand-ins. A usage log ends ingested or quarantined with its reason (never failed back to SQS for its
 * content); a batch answers partial-batch failures naming only its own messages; a malformed invoke fails with
 * {@link IllegalArgumentException} naming the problem in a bounded message. Never another exception, never a hang.
 */
class UsageLogIngestorFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger OBJECTS = new AtomicInteger();
    private static final List<String> LOG_FIELDS = List.of("additional_users_count", "cluster_name", "config_hash",
            "customer_name", "project_name", "timestamp", "user_arn", "user_id", "aws_user_arn", "customer");

    private static TestAws.Fixture aws;
    private static UsageLogIngestorHandler handler;

    /** The smallest limit MAX_USAGE_LOG_BYTES allows, so logs past it stay small enough to write quickly. */
    private static final int MAX_LOG_BYTES = 4096;

    @BeforeContainer
    static void start() {
        aws = TestAws.get().fresh();
        UsageLogIngestorConfig config = UsageLogIngestorConfig.from(Environment.of(Map.of(
                "USAGE_TABLE_NAME", aws.table(), "REPORT_BUCKET", aws.bucket(),
                "POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel", "MAX_USAGE_LOG_BYTES", Integer.toString(MAX_LOG_BYTES))));
        handler = new UsageLogIngestorHandler(new UsageLogIngestor(config, aws.objects(), aws.store(),
                new RecordingMetrics(), AuditRecorder.disabled(), Harness.WORKERS, UsageLogFixtures.CLOCK),
                InvocationBudget.keeping(Duration.ZERO), () -> { });
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
    void everyUsageLogEndsIngestedOrQuarantinedWithItsReason(@ForAll("usageLogs") byte[] content,
                                                             @ForAll("customers") String customer) {
        String key = "usage-logs/" + customer + "/2025-10-30_" + OBJECTS.incrementAndGet() + ".json";
        String etag = TestAws.putObject(aws.s3(), aws.bucket(), key, RequestBody.fromBytes(content));

        Map<String, Object> response = invoke(Map.of("Records", List.of(message("m-1", objectCreated(key,
                content.length, etag)))));

        assertThat(response).isEqualTo(Map.of("batchItemFailures", List.of()));
        Optional<JsonNode> sidecar = read(ObjectKeys.sidecarKey(key));
        if (sidecar.isPresent()) {
            Statistics.collect("quarantined");
            Statistics.label("reason").collect(sidecar.get().path("reason").asText());
            assertThat(QuarantineReason.valueOf(sidecar.get().path("reason").asText())).isNotNull();
            assertThat(sidecar.get().path("message").asText()).isNotBlank().hasSizeLessThan(2_000);
            assertThat(aws.s3().headObject(r -> r.bucket(aws.bucket()).key(ObjectKeys.quarantineKey(key)))
                    .contentLength()).isEqualTo(content.length);
        } else {
            Statistics.collect("ingested");
            assertThat(aws.dynamo().getItem(r -> r.tableName(aws.table()).key(Map.of(
                    "pk", AttributeValue.fromS(UsageItems.objectPk(key)), "sk", AttributeValue.fromS("OBJECT"))))
                    .hasItem()).as("ledger of %s", key).isTrue();
        }
        Statistics.coverage(coverage -> {
            coverage.check("ingested").percentage(p -> p >= 5);
            coverage.check("quarantined").percentage(p -> p >= 30);
        });
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyInvocationAnswersForItsOwnMessagesOrIsRefusedNamingTheProblem(@ForAll("events") Map<String, Object> event) {
        Throwable thrown = catchThrowable(() -> {
            Map<String, Object> response = invoke(event);
            if (event.get("Records") instanceof List<?> records) {
                Set<Object> ids = records.stream().filter(Map.class::isInstance)
                        .map(record -> ((Map<?, ?>) record).get("messageId")).collect(Collectors.toSet());
                List<?> failures = (List<?>) response.get("batchItemFailures");
                assertThat(failures).allSatisfy(failure -> assertThat(ids).contains(((Map<?, ?>) failure)
                        .get("itemIdentifier")));
                Statistics.collect("batch answered");
            } else {
                Statistics.collect("invoke answered");
            }
        });

        if (thrown instanceof IllegalArgumentException) {
            Statistics.collect("refused");
            assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(2_000);
        } else {
            assertThat(thrown).isNull();
        }
        Statistics.coverage(coverage -> {
            coverage.check("batch answered").percentage(p -> p >= 10);
            coverage.check("refused").percentage(p -> p >= 10);
        });
    }

    private static Map<String, Object> invoke(Map<String, Object> event) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> handler.handleRequest(event,
                new TestContext()));
    }

    private static Optional<JsonNode> read(String key) {
        try {
            return Optional.of(Json.mapper().readTree(aws.s3().getObjectAsBytes(r -> r.bucket(aws.bucket()).key(key))
                    .asByteArray()));
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> message(String id, String body) {
        return Map.of("messageId", id, "body", body, "eventSource", "aws:sqs",
                "attributes", Map.of("ApproximateReceiveCount", "1"));
    }

    private static String objectCreated(String key, long size, String etag) {
        ObjectNode event = NODES.objectNode().put("version", "0").put("id", "e-" + key.hashCode())
                .put("detail-type", "Object Created").put("source", "aws.s3").put("account", "123456789012")
                .put("time", "2025-10-30T14:30:51Z").put("region", "us-east-1");
        ObjectNode detail = event.putObject("detail");
        detail.putObject("bucket").put("name", aws.bucket());
        detail.putObject("object").put("key", key).put("size", size).put("etag", etag);
        return event.toString();
    }

    @Provide
    Arbitrary<String> customers() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("airbnb")),
                Tuple.of(1, Arbitraries.of("acme", "globex-eu")),
                // no ".." folder: S3 takes it as a key like any other, but the S3 stand-in's Jetty answers 500 to a
                // path with a ".." segment before the function runs (UsageLogKeyTest covers that name)
                Tuple.of(1, Arbitraries.of("a..b", "UPPER", "x y", "-lead", "caf\u00e9", "a%2Fb", "a+b")));
    }

    @Provide
    Arbitrary<byte[]> usageLogs() {
        ObjectNode valid = UsageLogFixtures.canonical();
        Arbitrary<JsonNode> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(NODES.textNode("airbnb"), NODES.textNode(UsageLogFixtures.MD5),
                        NODES.textNode(UsageLogFixtures.ARN), NODES.textNode("2025-10-30T14:30:52Z"),
                        NODES.numberNode(0), NODES.numberNode(-1), NODES.textNode("2031-01-01T00:00:00Z"))),
                Tuple.of(3, HostileJson.values()));
        Arbitrary<byte[]> hostileNames = Combinators.combine(HostileJson.strings(), HostileJson.strings())
                .as((project, cluster) -> utf8(valid.deepCopy().put("project_name", project)
                        .put("cluster_name", cluster).toString()));
        return Arbitraries.frequencyOf(
                Tuple.of(3, hostileNames),
                Tuple.of(6, HostileJson.mutated(valid, LOG_FIELDS, values).map(node -> utf8(node.toString()))),
                Tuple.of(1, HostileJson.garbage()),
                Tuple.of(1, HostileJson.deepNesting().map(UsageLogIngestorFuzzTest::utf8)),
                Tuple.of(1, Arbitraries.integers().between(MAX_LOG_BYTES - 100, 3 * MAX_LOG_BYTES)
                        .map(size -> utf8(valid.deepCopy().put("project_name", "p".repeat(size)).toString()))));
    }

    @Provide
    Arbitrary<Map<String, Object>> events() {
        Arbitrary<ObjectNode> eventBridge = HostileJson.envelope("aws.s3", Arbitraries.of("Object Created",
                "Object Deleted"), HostileJson.objectOf(List.of("bucket", "object", "reason"), HostileJson.values()));
        ObjectNode s3Notification = NODES.objectNode();
        s3Notification.putArray("Records").addObject().put("eventSource", "aws:s3").put("eventName",
                "ObjectCreated:Put").putObject("s3").putObject("object").put("key", "usage-logs/acme/x.json");
        Arbitrary<JsonNode> bodies = Arbitraries.frequencyOf(
                Tuple.of(4, eventBridge.map(node -> (JsonNode) NODES.textNode(node.toString()))),
                Tuple.of(1, Arbitraries.just((JsonNode) NODES.textNode(s3Notification.toString()))),
                Tuple.of(1, HostileJson.values()));
        Arbitrary<JsonNode> records = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                        .map(id -> (JsonNode) NODES.textNode(id))), Tuple.of(1, HostileJson.values())), bodies)
                .as((id, body) -> {
                    ObjectNode record = NODES.objectNode();
                    record.set("messageId", id);
                    record.set("body", body);
                    return (JsonNode) record;
                });
        Arbitrary<JsonNode> batches = Arbitraries.frequencyOf(Tuple.of(5, records.list().ofMaxSize(4).map(list -> {
            ObjectNode batch = NODES.objectNode();
            batch.putArray("Records").addAll(list);
            return (JsonNode) batch;
        })), Tuple.of(1, HostileJson.values().map(value -> {
            ObjectNode batch = NODES.objectNode();
            batch.set("Records", value);
            return (JsonNode) batch;
        })));
        ObjectNode report = NODES.objectNode().put("action", "report").put("customer", "airbnb")
                .put("from", "2025-10-01").put("to", "2025-10-31");
        ObjectNode history = NODES.objectNode().put("action", "config-history").put("customer", "airbnb");
        ObjectNode backfill = NODES.objectNode().put("action", "backfill").put("prefix", "usage-logs/airbnb/");
        List<String> fields = List.of("action", "customer", "from", "to", "date", "configHash", "prefix",
                "continuationToken");
        Arbitrary<JsonNode> values = Arbitraries.oneOf(HostileJson.values(), Arbitraries.of(NODES.textNode("report"),
                NODES.textNode("backfill"), NODES.textNode("config-history"), NODES.textNode("2025-10-30")));
        Arbitrary<JsonNode> invokes = Arbitraries.oneOf(HostileJson.mutated(report, fields, values),
                HostileJson.mutated(history, fields, values), HostileJson.mutated(backfill, fields, values),
                HostileJson.objectOf(fields, values));
        Arbitrary<JsonNode> direct = Arbitraries.oneOf(eventBridge.map(node -> (JsonNode) node),
                Arbitraries.just((JsonNode) s3Notification));
        return Arbitraries.frequencyOf(Tuple.of(4, batches), Tuple.of(3, invokes), Tuple.of(1, direct)).map(node -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = Json.mapper().convertValue(node, Map.class);
            return map;
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
