package com.backupsentinel.auditexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditExportService;
import com.backupsentinel.audit.AuditPurgeService;
import com.backupsentinel.audit.AuditReplayService;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.S3StandIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/** The handler driven by the files in events/audit-exporter/, over the wire to DynamoDB Local and S3Proxy. */
class AuditExportHandlerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:05Z"), ZoneOffset.UTC);
    private static final String BUCKET = "reports";
    private static final String TABLE = "audit";

    private static DynamoDbStandIn dynamoDbLocal;
    private static S3StandIn s3Server;
    private static DynamoDbClient dynamoDb;
    private static S3Client s3;
    private static DynamoDbAuditStore store;
    private static AuditExportHandler handler;
    private static RecordingMetrics metrics;

    @BeforeAll
    static void start() {
        dynamoDbLocal = DynamoDbStandIn.start();
        s3Server = S3StandIn.start();
        AwsClientFactory aws = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbLocal.endpoint().toString(),
                "AWS_ENDPOINT_URL_S3", s3Server.endpoint().toString())));
        dynamoDb = aws.build(DynamoDbClient.builder(), "DYNAMODB");
        s3 = S3Clients.build(aws);
        s3.createBucket(r -> r.bucket(BUCKET));
        dynamoDb.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        store = new DynamoDbAuditStore(dynamoDb, TABLE);
        metrics = new RecordingMetrics();
        handler = new AuditExportHandler(new AuditExportService(store, new S3ExportSink(s3, BUCKET), "prod", NOW),
                new AuditPurgeService(store, 30, NOW), new AuditReplayService(store), aws.budget(), metrics, () -> { });
    }

    @AfterAll
    static void stop() {
        s3.close();
        dynamoDb.close();
        s3Server.close();
        dynamoDbLocal.close();
    }

    @Test
    void exportEventWritesTheClosedDayAsJsonLinesAndAManifest() throws IOException {
        store.append(event("late", "2026-11-21T23:59:59.999Z", "UsageLog.Ingested"));
        store.append(event("early", "2026-11-21T00:00:00Z", "OnDemandBackup.StartBackups"));
        store.append(event("today", "2026-11-22T00:00:01Z", "Validation.Run"));

        Map<String, Object> response = handler.handleRequest(payload("export.json"), null);

        String key = "prod/user-events-audit/2026/11/21/user-events-2026-11-21.jsonl.gz";
        assertThat(response).containsEntry("action", "export");
        assertThat(gunzip(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray()).lines()
                .map(line -> line.substring(line.indexOf("\"eventId\":")))).containsExactly(
                "\"eventId\":\"early\"}", "\"eventId\":\"late\"}");
        String manifest = s3.getObjectAsBytes(r -> r.bucket(BUCKET)
                .key("prod/user-events-audit/2026/11/21/user-events-2026-11-21.manifest.json")).asUtf8String();
        assertThat(manifest).contains("\"count\" : 2", "\"firstCreatedAt\" : 1795219200000");
        assertThat(metrics.total("AuditEventsExported")).isGreaterThanOrEqualTo(2);

        Map<String, Object> again = handler.handleRequest(payload("export-one-day.json"), null);
        assertThat(again.get("written")).isEqualTo(List.of());
        assertThat(again.get("alreadyExported")).isEqualTo(List.of("2026-11-21"));
    }

    @Test
    void purgeEventKeepsWhatWasNeverExported() {
        store.append(event("ancient", "2026-09-01T00:00:00Z", "Alert.Published"));

        Map<String, Object> response = handler.handleRequest(payload("purge.json"), null);

        assertThat(response.get("kept")).isEqualTo(List.of(Map.of("day", "2026-09-01", "recorded", 1L,
                "exported", 0L, "reason", "never exported")));
    }

    @Test
    void replayEventPutsBackAnEventWhoseWriteFailedAndAReplayedAgainLineStoresItOnce() {
        Map<String, Object> first = handler.handleRequest(payload("replay.json"), null);
        Map<String, Object> again = handler.handleRequest(payload("replay.json"), null);

        assertThat(first).containsEntry("action", "replay").containsEntry("replayed", 1);
        assertThat(again).containsEntry("replayed", 1);
        List<AuditEvent> events = new java.util.ArrayList<>();
        store.forEachEventOn(java.time.LocalDate.parse("2026-11-22"), e -> {
            if (e.eventId().equals("5d0e2c0b8f3a41c6a9b7e1f2d3c4b5a6")) {
                events.add(e);
            }
        });
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.opType()).isEqualTo("Alert.Published");
            assertThat(e.requestParams()).containsEntry("state", "FAILED");
        });
    }

    @Test
    void invalidEventFailsWithTheFieldsNamed() {
        assertThatThrownBy(() -> handler.handleRequest(payload("invalid-unknown-field.json"), null))
                .hasMessage("Unknown payload field(s) [everything]; allowed: action, day, lines");
    }

    @Test
    void configurationNamesAMissingVariable() {
        assertThatThrownBy(() -> AuditExportConfig.from(Environment.of(Map.of("AUDIT_NAMESPACE", "prod"))))
                .hasMessage("Environment variable AUDIT_TABLE_NAME is required but not set "
                        + "(example: backup-sentinel-audit-events)");
        assertThatThrownBy(() -> AuditExportConfig.from(Environment.of(Map.of("AUDIT_NAMESPACE", "a/b"))))
                .hasMessage("Environment variable AUDIT_NAMESPACE must be 1 to 63 letters, digits, '.', '_' or '-', "
                        + "got 'a/b'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(String file) {
        Path path = Path.of(System.getProperty("sentinel.root"), "events", "audit-exporter", file);
        return EventLoader.loadEvent(path.toString(), Map.class);
    }

    private static AuditEvent event(String id, String at, String opType) {
        return new AuditEvent(id, opType, Instant.parse(at), "arn:aws:iam::123456789012:user/ops", "arrakis", 200,
                Map.of(), "", 5, "test");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
