package com.backupsentinel.auditexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.backupsentinel.audit.AuditExportService;
import com.backupsentinel.audit.AuditPurgeService;
import com.backupsentinel.audit.AuditReplayService;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.LambdaTestContext;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.hostile.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AuditExportFunction fed what its two schedules or an operator could send, as the runtime reads it into a map:
 * {@code {"action": "export"|"purge", "day": ...}} with every field missing, mistyped, huge or hostile, unknown
 * fields, a bare Scheduled Event. Each one runs (through the real SDK against DynamoDB Local and the S3 stand-in) or
 * fails with {@link IllegalArgumentException} naming the problem in a bounded message. Never a hang.
 */
class AuditExportFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:05Z"), ZoneOffset.UTC);

    private static DynamoDbStandIn dynamoDbLocal;
    private static S3StandIn s3Server;
    private static DynamoDbClient dynamoDb;
    private static S3Client s3;
    private static AuditExportHandler handler;

    @BeforeContainer
    static void start() {
        dynamoDbLocal = DynamoDbStandIn.start();
        s3Server = S3StandIn.start();
        AwsClientFactory aws = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbLocal.endpoint().toString(),
                "AWS_ENDPOINT_URL_S3", s3Server.endpoint().toString())));
        dynamoDb = aws.build(DynamoDbClient.builder(), "DYNAMODB");
        s3 = aws.build(S3Client.builder().forcePathStyle(true), "S3");
        s3.createBucket(r -> r.bucket("reports"));
        dynamoDb.createTable(r -> r.tableName("audit").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        DynamoDbAuditStore store = new DynamoDbAuditStore(dynamoDb, "audit");
        handler = new AuditExportHandler(new AuditExportService(store, new S3ExportSink(s3, "reports"), "prod", NOW),
                new AuditPurgeService(store, 30, NOW), new AuditReplayService(store), aws.budget(),
                new RecordingMetrics(), () -> { });
    }

    @AfterContainer
    static void stop() {
        s3.close();
        dynamoDb.close();
        s3Server.close();
        dynamoDbLocal.close();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyPayloadRunsOrIsRefusedNamingTheProblem(@ForAll("payloads") Map<String, Object> payload) {
        LambdaTestContext context = new LambdaTestContext("AuditExportFunction", "us-east-1", "123456789012",
                "fuzz", 512, () -> 900_000);

        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Map<String, Object> response = handler.handleRequest(payload, context);
            assertThat(response.get("action")).isIn("export", "purge");
        }));

        if (thrown != null) {
            Statistics.collect("refused");
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(2_000);
            return;
        }
        Statistics.collect("ran");
        Statistics.coverage(coverage -> {
            coverage.check("ran").percentage(p -> p >= 10);
            coverage.check("refused").percentage(p -> p >= 20);
        });
    }

    @Provide
    Arbitrary<Map<String, Object>> payloads() {
        ObjectNode export = NODES.objectNode().put("action", "export").put("day", "2026-11-21");
        ObjectNode scheduled = NODES.objectNode().put("version", "0").put("detail-type", "Scheduled Event")
                .put("source", "aws.events");
        Arbitrary<JsonNode> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(NODES.textNode("export"), NODES.textNode("purge"), NODES.textNode("EXPORT"),
                        NODES.textNode("2026-11-21"), NODES.textNode("0001-01-01"), NODES.textNode("+999999999-12-31"),
                        NODES.textNode("2026-02-30"), NODES.numberNode(20261121), NODES.nullNode())),
                Tuple.of(3, HostileJson.values()));
        Arbitrary<JsonNode> objects = Arbitraries.frequencyOf(
                Tuple.of(4, HostileJson.mutated(export, List.of("action", "day"), values)),
                Tuple.of(1, HostileJson.mutated(scheduled, List.of("action", "detail"), values)),
                Tuple.of(1, HostileJson.objectOf(List.of("action", "day"), values)));
        return objects.map(node -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = Json.mapper().convertValue(node, Map.class);
            return map;
        });
    }
}
