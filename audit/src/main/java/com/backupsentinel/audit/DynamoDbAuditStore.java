package com.backupsentinel.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Audit events in one DynamoDB table (pk, sk strings):
 * <ul>
 *   <li>an event: {@code pk = events#YYYY-MM-DD}, {@code sk = <createdAt epoch ms, 13 digits>#<eventId>},
 *       {@code line} = the exported JSON line; a query of the day's partition reads it in export order;</li>
 *   <li>a day: {@code pk = days}, {@code sk = YYYY-MM-DD}, {@code recorded} = events appended,
 *       {@code manifest} = the last export's manifest.</li>
 * </ul>
 * An event and its day's count are written in one transaction, conditional on the event being new, so a retried
 * append neither duplicates the event nor miscounts the day.
 */
public final class DynamoDbAuditStore implements AuditStore {

    private static final String DAYS = "days";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAuditStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void append(AuditEvent event) {
        LocalDate day = dayOf(event);
        Put put = Put.builder().tableName(table)
                .item(Map.of("pk", s("events#" + day), "sk", s(sortKey(event)), "line", s(AuditJson.toLine(event)),
                        "createdAt", n(event.createdAt().toEpochMilli())))
                .conditionExpression("attribute_not_exists(pk)")
                .build();
        Update count = Update.builder().tableName(table)
                .key(Map.of("pk", s(DAYS), "sk", s(day.toString())))
                .updateExpression("ADD recorded :one")
                .expressionAttributeValues(Map.of(":one", n(1)))
                .build();
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().put(put).build(),
                    TransactWriteItem.builder().update(count).build()));
        } catch (TransactionCanceledException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
        }
    }

    @Override
    public void forEachEventOn(LocalDate day, Consumer<AuditEvent> sink) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("events#" + day)))
                .consistentRead(true)
                .build();
        dynamoDb.queryPaginator(query).items()
                .forEach(item -> sink.accept(AuditJson.fromLine(item.get("line").s())));
    }

    @Override
    public List<DayRecord> days() {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(DAYS)))
                .consistentRead(true)
                .build();
        List<DayRecord> days = new ArrayList<>();
        dynamoDb.queryPaginator(query).items().forEach(item -> days.add(toDay(item)));
        return days;
    }

    @Override
    public Optional<DayRecord> day(LocalDate day) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(DAYS), "sk", s(day.toString())))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toDay(item));
    }

    @Override
    public void markExported(LocalDate day, ExportManifest export) {
        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", s(DAYS), "sk", s(day.toString())))
                .updateExpression("SET manifest = :m")
                .expressionAttributeValues(Map.of(":m", s(export.toJson()))));
    }

    @Override
    public int purge(LocalDate day) {
        QueryRequest keys = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("events#" + day)))
                .projectionExpression("pk, sk")
                .build();
        List<WriteRequest> batch = new ArrayList<>();
        int deleted = 0;
        for (Map<String, AttributeValue> key : dynamoDb.queryPaginator(keys).items()) {
            batch.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
            if (batch.size() == 25) {
                deleted += deleteAll(batch);
                batch = new ArrayList<>();
            }
        }
        deleted += deleteAll(batch);
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("pk", s(DAYS), "sk", s(day.toString()))));
        return deleted;
    }

    private int deleteAll(List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == 8) {
                throw new IllegalStateException(pending.size() + " audit events could not be deleted after 8 tries");
            }
            List<WriteRequest> request = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, request)));
            pending = response.unprocessedItems().getOrDefault(table, List.of());
        }
        return batch.size();
    }

    private static boolean isDuplicate(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && !reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code());
    }

    private static DayRecord toDay(Map<String, AttributeValue> item) {
        Optional<ExportManifest> manifest = Optional.ofNullable(item.get("manifest"))
                .map(AttributeValue::s).map(ExportManifest::fromJson);
        long recorded = item.containsKey("recorded") ? Long.parseLong(item.get("recorded").n()) : 0;
        return new DayRecord(LocalDate.parse(item.get("sk").s()), recorded, manifest);
    }

    static LocalDate dayOf(AuditEvent event) {
        return LocalDate.ofInstant(event.createdAt(), ZoneOffset.UTC);
    }

    static String sortKey(AuditEvent event) {
        return String.format("%013d#%s", event.createdAt().toEpochMilli(), event.eventId());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
