package com.backupsentinel.auditexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditExportService;
import com.backupsentinel.audit.AuditPurgeService;
import com.backupsentinel.audit.AuditReplayService;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.LambdaTestContext;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultyEndpoints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * AuditExportFunction's fault matrix: its adapters over the real SDK against DynamoDB Local and S3Proxy behind the
 * fault proxy. An export or purge run meets a fault at one AWS step and fails with its error (the schedule's
 * asynchronous invoke retries it); the retry exports each closed day once, under the same two keys, and a purge
 * never deletes a day that its export does not hold in full.
 */
class AuditExporterFaultMatrixTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:05Z"), ZoneOffset.UTC);
    private static final String BUCKET = "reports";

    private static DynamoDbStandIn dynamoDbLocal;
    private static S3StandIn s3Server;
    private static DynamoDbClient setupDynamo;
    private static S3Client setupS3;
    private static int runs;
    private final FaultPlan plan = FaultPlan.none();
    private FaultyEndpoints fronted;
    private String table;
    private String namespace;
    private AuditExportHandler handler;

    @BeforeAll
    static void start() {
        dynamoDbLocal = DynamoDbStandIn.start();
        s3Server = S3StandIn.start();
        AwsClientFactory setup = AwsClientFactory.fromEnvironment(Environment.of(endpoints()));
        setupDynamo = setup.build(DynamoDbClient.builder(), "DYNAMODB");
        setupS3 = setup.build(S3Client.builder().forcePathStyle(true), "S3");
        setupS3.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void stop() {
        setupS3.close();
        setupDynamo.close();
        s3Server.close();
        dynamoDbLocal.close();
    }

    @BeforeEach
    void wire() {
        runs++;
        table = "audit-" + runs;
        namespace = "run" + runs;
        setupDynamo.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        DynamoDbAuditStore seed = new DynamoDbAuditStore(setupDynamo, table);
        for (int i = 0; i < 5; i++) {
            seed.append(new AuditEvent("e" + i, "UsageLog.Ingested", Instant.parse("2026-11-21T08:00:0" + i + "Z"),
                    "arn:aws:iam::123456789012:user/ops", "acme", 200, Map.of(), "", 5, "test"));
        }
        seed.append(new AuditEvent("old", "Alert.Published", Instant.parse("2026-09-01T00:00:00Z"), "aws.backup", "",
                200, Map.of(), "", 5, "test"));
        fronted = FaultyEndpoints.front(endpoints(), plan);
        Map<String, String> environment = new HashMap<>(fronted.environment());
        environment.putAll(Map.of("SDK_CONNECT_TIMEOUT_MS", "1000", "SDK_ATTEMPT_TIMEOUT_MS", "2500",
                "SDK_CALL_TIMEOUT_MS", "2500", "DEADLINE_MARGIN_MS", "800"));
        AwsClientFactory aws = AwsClientFactory.fromEnvironment(Environment.of(environment));
        DynamoDbAuditStore store = new DynamoDbAuditStore(aws.build(DynamoDbClient.builder(), "DYNAMODB"), table);
        S3Client s3 = aws.build(S3Client.builder().forcePathStyle(true), "S3");
        handler = new AuditExportHandler(new AuditExportService(store, new S3ExportSink(s3, BUCKET), namespace, NOW),
                new AuditPurgeService(store, 30, NOW), new AuditReplayService(store), aws.budget(),
                new RecordingMetrics(), () -> { });
    }

    @AfterEach
    void unfront() {
        fronted.close();
    }

    @ParameterizedTest(name = "{0}: the export fails, its retry writes each closed day once, whole")
    @CsvSource({"dynamodb:Query=hang", "dynamodb:Query=reset", "dynamodb:Query=http500", "dynamodb:Query=throttle",
        "s3:PutObject=hang", "s3:PutObject=reset", "s3:PutObject=http500", "s3:PutObject=throttle",
        "dynamodb:UpdateItem=hang", "dynamodb:UpdateItem=reset", "dynamodb:UpdateItem=http500",
        "dynamodb:UpdateItem=throttle"})
    void aFailedExportIsRetriedIntoOneWholeExportPerDay(String fault) {
        plan.set(fault);
        assertThatThrownBy(() -> handler.handleRequest(Map.of("action", "export"), context()));
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();

        Map<String, Object> retry = handler.handleRequest(Map.of("action", "export"), context());
        Map<String, Object> again = handler.handleRequest(Map.of("action", "export"), context());

        assertThat(retry.get("written")).asList().hasSize(2);
        assertThat(again.get("written")).isEqualTo(List.of());
        assertThat(exportedKeys()).hasSize(4).allMatch(key -> key.startsWith(namespace + "/user-events-audit/"));
        assertThat(manifestCount(LocalDate.parse("2026-11-21"))).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}: the purge fails, nothing unexported is deleted, its retry purges once")
    @CsvSource({"dynamodb:BatchWriteItem=hang", "dynamodb:BatchWriteItem=reset", "dynamodb:BatchWriteItem=http500",
        "dynamodb:BatchWriteItem=throttle", "dynamodb:Query=hang", "dynamodb:Query=throttle"})
    void aFailedPurgeDeletesNothingUnexportedAndItsRetryPurges(String fault) {
        handler.handleRequest(Map.of("action", "export"), context());
        plan.set(fault);
        assertThatThrownBy(() -> handler.handleRequest(Map.of("action", "purge"), context()));
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();

        Map<String, Object> retry = handler.handleRequest(Map.of("action", "purge"), context());

        assertThat(retry.get("purged")).isEqualTo(List.of(Map.of("day", "2026-09-01", "eventsDeleted", 1)));
        List<AuditEvent> kept = new java.util.ArrayList<>();
        new DynamoDbAuditStore(setupDynamo, table).forEachEventOn(LocalDate.parse("2026-11-21"), kept::add);
        assertThat(kept).hasSize(5);
    }

    private List<String> exportedKeys() {
        return setupS3.listObjectsV2(r -> r.bucket(BUCKET).prefix(namespace + "/")).contents().stream()
                .map(S3Object::key).toList();
    }

    private long manifestCount(LocalDate day) {
        return new DynamoDbAuditStore(setupDynamo, table).day(day).orElseThrow().export().orElseThrow().count();
    }

    private static LambdaTestContext context() {
        return new LambdaTestContext("backup-sentinel-audit-exporter", "us-east-1", "123456789012", "request-1", 1024,
                () -> 10_000);
    }

    private static Map<String, String> endpoints() {
        return Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbLocal.endpoint().toString(),
                "AWS_ENDPOINT_URL_S3", s3Server.endpoint().toString());
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
