package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultProxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Many functions record audit events of the same day at the same moment (a burst of alerts, a backfill of usage
 * logs): through the real SDK against DynamoDB Local, none may be lost to contention.
 */
class ConcurrentAuditWritesTest {

    private static final int WRITERS = 8;
    private static final int EVENTS_EACH = 25;

    private static DynamoDbStandIn dynamoDbLocal;
    private static DynamoDbClient dynamoDb;
    private static int tables;

    @BeforeAll
    static void start() {
        dynamoDbLocal = DynamoDbStandIn.start();
        dynamoDb = client(dynamoDbLocal.endpoint().toString());
    }

    private static DynamoDbClient client(String endpoint) {
        return AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", endpoint))).build(DynamoDbClient.builder(), "DYNAMODB");
    }

    private static String newTable() {
        String table = "AuditEventsTable-" + (++tables);
        dynamoDb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                                .attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        return table;
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        dynamoDbLocal.close();
    }

    @Test
    void writesThatDynamoDbCancelsForContentionAreNotLost() {
        String table = newTable();
        RecordingMetrics metrics = new RecordingMetrics();
        FaultPlan plan = FaultPlan.parse(List.of("dynamodb:TransactWriteItems=conflict:3",
                "dynamodb:PutItem=conflict:3"));
        try (FaultProxy proxy = FaultProxy.start(dynamoDbLocal.endpoint(), Optional.of("dynamodb"), plan);
             DynamoDbClient client = client(proxy.endpoint().toString())) {
            AuditRecorder recorder = new FailSafeAuditRecorder(new DynamoDbAuditStore(client, table), metrics);
            for (int i = 0; i < 5; i++) {
                recorder.record(AuditEvents.at("e" + i, "2026-11-21T09:00:0" + i + "Z"));
            }
        }

        DynamoDbAuditStore store = new DynamoDbAuditStore(dynamoDb, table);
        List<AuditEvent> stored = new ArrayList<>();
        store.forEachEventOn(LocalDate.parse("2026-11-21"), stored::add);
        assertThat(plan.injected()).isNotEmpty();
        assertThat(metrics.total(FailSafeAuditRecorder.WRITE_FAILURES)).isZero();
        assertThat(stored).extracting(AuditEvent::eventId).containsExactly("e0", "e1", "e2", "e3", "e4");
        assertThat(store.day(LocalDate.parse("2026-11-21")).orElseThrow().recorded()).isEqualTo(5);
    }

    @Test
    void everyEventOfABurstOfConcurrentWritersOnOneDayIsStoredAndCountedOnce() throws Exception {
        String table = newTable();
        RecordingMetrics metrics = new RecordingMetrics();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            // each writer is a separate function instance: its own store over the shared table
            AuditRecorder recorder = new FailSafeAuditRecorder(new DynamoDbAuditStore(dynamoDb, table), metrics);
            done.add(writers.submit(() -> {
                start.await();
                for (int i = 0; i < EVENTS_EACH; i++) {
                    recorder.record(AuditEvents.at("w" + writer + "-" + i,
                            String.format("2026-11-21T08:%02d:%02dZ", writer, i)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();

        DynamoDbAuditStore store = new DynamoDbAuditStore(dynamoDb, table);
        List<AuditEvent> stored = new ArrayList<>();
        store.forEachEventOn(LocalDate.parse("2026-11-21"), stored::add);
        assertThat(metrics.total(FailSafeAuditRecorder.WRITE_FAILURES)).isZero();
        assertThat(stored).hasSize(WRITERS * EVENTS_EACH);
        assertThat(store.day(LocalDate.parse("2026-11-21")).orElseThrow().recorded())
                .isEqualTo(WRITERS * EVENTS_EACH);
    }
}
