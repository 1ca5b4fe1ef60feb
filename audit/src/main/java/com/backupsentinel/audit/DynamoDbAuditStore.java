package com.backupsentinel.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Audit events in one DynamoDB table (pk, sk strings):
 * <ul>
 *   <li>an event: {@code pk = events#YYYY-MM-DD}, {@code sk = <createdAt epoch ms, 13 digits>#<eventId>},
 *       {@code line} = the exported JSON line; a query of the day's partition reads it in export order;</li>
 *   <li>a day: {@code pk = days}, {@code sk = YYYY-MM-DD}, {@code manifest} = the last export's manifest; the item
 *       marks that the day holds events, and how many it holds is counted from its partition when asked.</li>
 * </ul>
 * Every write is a single-item conditional put, never a transaction and never an update of a shared counter, so
 * concurrent writers never cancel each other: the day marker is written once per day and container (a marker that
 * exists already is fine), then the event, conditional on being new, so a retried append stores it once. A write
 * DynamoDB still refuses for a transaction in progress on the item ({@code TransactionConflictException}) is retried
 * here, a few times; throttling and 5xx are retried by the SDK.
 */
public final class DynamoDbAuditStore implements AuditStore {

    static final int CONFLICT_ATTEMPTS = 4;
    private static final String DAYS = "days";
    /** Digits of a sort key's epoch milliseconds: 13 until the year 2286. */
    private static final int SORT_KEY_WIDTH = 13;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Set<LocalDate> markedDays = ConcurrentHashMap.newKeySet();

    public DynamoDbAuditStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void append(AuditEvent event) {
        LocalDate day = dayOf(event);
        if (!markedDays.contains(day)) {
            putIfAbsent(Map.of("pk", s(DAYS), "sk", s(day.toString())));
            markedDays.add(day);
        }
        putIfAbsent(Map.of("pk", s("events#" + day), "sk", s(sortKey(event)), "line", s(AuditJson.toLine(event)),
                "createdAt", n(event.createdAt().toEpochMilli())));
    }

    /** Puts {@code item} unless its key exists (then nothing changes), retrying transaction conflicts. */
    private void putIfAbsent(Map<String, AttributeValue> item) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
                return;
            } catch (ConditionalCheckFailedException duplicate) {
                return;
            } catch (TransactionConflictException conflict) {
                if (attempt == CONFLICT_ATTEMPTS) {
                    throw conflict;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L << attempt, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an audit write", e);
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
        markedDays.remove(day);
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

    private DayRecord toDay(Map<String, AttributeValue> item) {
        Optional<ExportManifest> manifest = Optional.ofNullable(item.get("manifest"))
                .map(AttributeValue::s).map(ExportManifest::fromJson);
        LocalDate day = LocalDate.parse(item.get("sk").s());
        return new DayRecord(day, countEventsOn(day), manifest);
    }

    /** How many events the day's partition holds now, counted by DynamoDB (no items are returned). */
    private long countEventsOn(LocalDate day) {
        QueryRequest count = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("events#" + day)))
                .select(Select.COUNT)
                .consistentRead(true)
                .build();
        long events = 0;
        for (QueryResponse page : dynamoDb.queryPaginator(count)) {
            events += page.count();
        }
        return events;
    }

    static LocalDate dayOf(AuditEvent event) {
        return LocalDate.ofInstant(event.createdAt(), ZoneOffset.UTC);
    }

    /**
     * The event's epoch milliseconds zero-padded to 13 characters, as {@code %013d} pads them (a sign counts), then
     * {@code #} and its id. Not {@code String.format}: its first use loads the Formatter on the notifier's cold path.
     */
    static String sortKey(AuditEvent event) {
        return zeroPadded(event.createdAt().toEpochMilli()) + "#" + event.eventId();
    }

    static String zeroPadded(long millis) {
        String digits = Long.toString(millis);
        int sign = millis < 0 ? 1 : 0;
        if (digits.length() >= SORT_KEY_WIDTH) {
            return digits;
        }
        StringBuilder padded = new StringBuilder(SORT_KEY_WIDTH).append(digits, 0, sign);
        for (int i = digits.length(); i < SORT_KEY_WIDTH; i++) {
            padded.append('0');
        }
        return padded.append(digits, sign, digits.length()).toString();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
