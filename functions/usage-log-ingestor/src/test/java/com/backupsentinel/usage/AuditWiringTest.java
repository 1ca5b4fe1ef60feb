package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.DayRecord;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The production wiring (config, client factory, DynamoDB audit store behind the fail-safe recorder) built from an
 * environment that names an audit table in DynamoDB Local: the sample batch's events are in the table afterwards,
 * read back with the store the exporter uses, and a redelivered batch adds none.
 */
class AuditWiringTest {

    private static final String BUCKET = UsageLogIngestorHandlerTest.BUCKET;

    private TestAws.Fixture aws;
    private String auditTable;
    private UsageLogIngestorHandler handler;

    @BeforeEach
    void start() throws IOException {
        aws = TestAws.get().emptied(BUCKET);
        auditTable = "audit-of-" + aws.table();
        createAuditTable(aws.dynamo(), auditTable);
        Path samples = UsageLogIngestorHandlerTest.SAMPLE_BUCKET;
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String key = samples.relativize(file).toString().replace('\\', '/');
                TestAws.putObject(aws.s3(), BUCKET, key, RequestBody.fromFile(file));
            }
        }
        Map<String, String> variables = TestAws.get().baseEnvironment();
        variables.put("USAGE_TABLE_NAME", aws.table());
        variables.put("REPORT_BUCKET", BUCKET);
        variables.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        variables.put("AUDIT_TABLE_NAME", auditTable);
        handler = new UsageLogIngestorHandler(ProductionWiring.create(Environment.of(variables)));
    }

    @Test
    void writesOneAuditEventPerIngestedQuarantinedAndConfigObjectAndNoneOnRedelivery() {
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        List<AuditEvent> events = storedEvents();
        assertThat(events).extracting(AuditEvent::opType).containsExactlyInAnyOrder("ConfigBackup.Recorded",
                "UsageLog.Ingested", "UsageLog.Quarantined");
        AuditEvent ingested = only(events, "UsageLog.Ingested");
        // printf 'UsageLog.Ingested\nusage-logs/acme/2025-10-30_143052.json\n71eb62176d853efbea5b249e41aa6861'
        //   | sha256sum | cut -c1-32
        assertThat(ingested.eventId()).isEqualTo("bebac3e3f77bbb457c337476d81e4861");
        assertThat(ingested.caller()).isEqualTo("arn:aws:sts::123456789012:assumed-role/"
                + "AWSReservedSSO_AdministratorAccess_0123456789abcdef/john.doe@example.com");
        assertThat(ingested.customerName()).isEqualTo("acme");
        assertThat(ingested.responseCode()).isEqualTo(200);
        assertThat(ingested.source()).isEqualTo("UsageLogIngestorFunction");
        assertThat(ingested.requestParams()).isEqualTo(Map.of("objectKey", "usage-logs/acme/2025-10-30_143052.json",
                "user", "john.doe@example.com", "configMd5", "82ab99a9f3ded35f294ce269d104b58f", "date", "2025-10-30"));
        AuditEvent quarantined = only(events, "UsageLog.Quarantined");
        assertThat(quarantined.eventId()).isEqualTo("f63c50d459eaae4b7b4f79578adadaa5");
        assertThat(quarantined.caller()).isEmpty();
        assertThat(quarantined.customerName()).isEqualTo("acme");
        assertThat(quarantined.responseCode()).isEqualTo(422);
        assertThat(quarantined.requestParams()).isEqualTo(Map.of("objectKey", "usage-logs/acme/2025-10-30_150912.json",
                "reason", "CUSTOMER_MISMATCH"));
        AuditEvent config = only(events, "ConfigBackup.Recorded");
        assertThat(config.customerName()).isEqualTo("acme");
        assertThat(config.requestParams()).containsEntry("objectKey", "terragrunt/acme/config.yaml")
                .containsEntry("configMd5", "82ab99a9f3ded35f294ce269d104b58f");
    }

    @Test
    void recordsABackfilledObjectLikeAnArrivedOne() {
        handler.handleRequest(load("backfill.json"), new TestContext());
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        // the demo bucket's 3 config versions, 6 valid and 2 invalid usage logs; the batch's objects are among them
        assertThat(storedEvents()).extracting(AuditEvent::eventId).hasSize(11)
                .contains("bebac3e3f77bbb457c337476d81e4861", "f63c50d459eaae4b7b4f79578adadaa5");
    }

    private List<AuditEvent> storedEvents() {
        DynamoDbAuditStore store = new DynamoDbAuditStore(aws.dynamo(), auditTable);
        List<AuditEvent> events = new ArrayList<>();
        for (DayRecord day : store.days()) {
            store.forEachEventOn(day.day(), events::add);
        }
        events.sort(Comparator.comparing(AuditEvent::createdAt));
        return events;
    }

    private static AuditEvent only(List<AuditEvent> events, String opType) {
        List<AuditEvent> matching = events.stream().filter(event -> event.opType().equals(opType)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) {
        return EventLoader.loadEvent(UsageLogIngestorHandlerTest.EVENTS.resolve(name).toString(), Map.class);
    }

    /** The AuditEventsTable of template.yaml: pk S hash, sk S range, on demand. */
    static void createAuditTable(DynamoDbClient dynamo, String table) {
        dynamo.createTable(t -> t.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    }
}
