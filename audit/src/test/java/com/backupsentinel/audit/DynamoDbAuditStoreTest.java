package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.DynamoDbStandIn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The adapter through the real SDK against DynamoDB Local on 127.0.0.1. */
class DynamoDbAuditStoreTest {

    private static DynamoDbStandIn dynamoDbLocal;
    private static DynamoDbClient dynamoDb;
    private static int tables;

    private DynamoDbAuditStore store;

    @BeforeAll
    static void startDynamoDbLocal() {
        dynamoDbLocal = DynamoDbStandIn.start();
        dynamoDb = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbLocal.endpoint().toString())))
                .build(DynamoDbClient.builder(), "DYNAMODB");
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        dynamoDbLocal.close();
    }

    @BeforeEach
    void freshTable() {
        String table = "audit-" + (++tables);
        dynamoDb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        store = new DynamoDbAuditStore(dynamoDb, table);
    }

    @Test
    void readsADayBackInCreatedAtOrderAndCountsEachEventOnce() {
        store.append(AuditEvents.at("b", "2026-11-21T12:00:00Z"));
        store.append(AuditEvents.at("a", "2026-11-21T12:00:00Z"));
        store.append(AuditEvents.at("c", "2026-11-21T01:00:00.5Z"));
        store.append(AuditEvents.at("a", "2026-11-21T12:00:00Z"));

        List<AuditEvent> events = new ArrayList<>();
        store.forEachEventOn(LocalDate.parse("2026-11-21"), events::add);

        assertThat(events).extracting(AuditEvent::eventId).containsExactly("c", "a", "b");
        assertThat(events.get(0)).isEqualTo(AuditEvents.at("c", "2026-11-21T01:00:00.5Z"));
        assertThat(store.day(LocalDate.parse("2026-11-21")).orElseThrow().recorded()).isEqualTo(3);
    }

    @Test
    void exportThenPurgeRemovesOnlyExportedOldDays() {
        Clock now = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            store.append(AuditEvents.at("old-" + i, "2026-11-01T08:00:" + String.format("%02d", i) + "Z"));
        }
        store.append(AuditEvents.at("unexported", "2026-11-02T08:00:00Z"));
        Map<String, byte[]> bucket = new LinkedHashMap<>();
        new AuditExportService(store, (k, b, t) -> bucket.put(k, b), "prod", now)
                .exportClosedDays(Optional.of(LocalDate.parse("2026-11-01")));

        AuditPurgeService.PurgeRun run = new AuditPurgeService(store, 7, now).purge();

        assertThat(run.purged()).containsExactly(new AuditPurgeService.PurgedDay(LocalDate.parse("2026-11-01"), 30));
        assertThat(run.kept()).extracting(AuditPurgeService.KeptDay::reason).containsExactly("never exported");
        assertThat(store.days()).extracting(DayRecord::day).containsExactly(LocalDate.parse("2026-11-02"));
        List<AuditEvent> left = new ArrayList<>();
        store.forEachEventOn(LocalDate.parse("2026-11-01"), left::add);
        assertThat(left).isEmpty();
        assertThat(bucket).hasSize(2);
    }

    @Test
    void remembersTheManifestOfAnExport() {
        store.append(AuditEvents.at("a", "2026-11-20T08:00:00Z"));
        ExportManifest manifest = new ExportManifest(LocalDate.parse("2026-11-20"), "k", 1,
                Optional.of(Instant.parse("2026-11-20T08:00:00Z")), Optional.of(Instant.parse("2026-11-20T08:00:00Z")),
                "ab", 10);
        store.markExported(LocalDate.parse("2026-11-20"), manifest);
        DayRecord day = store.day(LocalDate.parse("2026-11-20")).orElseThrow();
        assertThat(day.export()).contains(manifest);
        assertThat(day.fullyExported()).isTrue();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
