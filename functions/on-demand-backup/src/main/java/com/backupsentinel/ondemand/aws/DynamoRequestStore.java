package com.backupsentinel.ondemand.aws;

import static com.backupsentinel.ondemand.aws.RequestItems.n;
import static com.backupsentinel.ondemand.aws.RequestItems.s;

import com.backupsentinel.ondemand.service.IdempotencyAttempt;
import com.backupsentinel.ondemand.service.IdempotencyClaim;
import com.backupsentinel.ondemand.service.RequestKind;
import com.backupsentinel.ondemand.service.RequestRecord;
import com.backupsentinel.ondemand.service.RequestStore;
import com.backupsentinel.ondemand.service.StoredResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * {@link RequestStore} on the requests table ({@code pk} S, {@code sk} S, TTL {@code expiresAt}). Requests live
 * under {@code pk} = kind and {@code sk} = timestamp; idempotency records under {@code pk} =
 * {@code IDEMPOTENCY#<hash>}, {@code sk} = {@code IDEMPOTENCY}. Every write that must not clobber is conditional.
 */
public final class DynamoRequestStore implements RequestStore {

    private static final String SERVICE = "DynamoDB";
    private static final String IDEMPOTENCY = "IDEMPOTENCY";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETE = "COMPLETE";
    private static final String RELEASED = "RELEASED";
    private static final String CREATED_AT = "createdAt";
    private static final String CLAIM_TOKEN = "claimToken";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRequestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<RequestRecord> create(RequestRecord record) {
        return AwsErrors.call(SERVICE, "PutItem", () -> {
            try {
                dynamo.putItem(b -> b.tableName(table)
                        .item(RequestItems.toItem(record))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                return Optional.of(record);
            } catch (ConditionalCheckFailedException e) {
                if (!record.requestKey().isEmpty() && e.hasItem()
                        && record.requestKey().equals(RequestItems.text(e.item(), RequestItems.REQUEST_KEY))) {
                    return Optional.of(RequestItems.fromItem(e.item()));
                }
                return Optional.empty();
            }
        });
    }

    @Override
    public void save(RequestRecord record) {
        AwsErrors.run(SERVICE, "PutItem", () -> dynamo.putItem(b -> b.tableName(table)
                .item(RequestItems.toItem(record))));
    }

    @Override
    public Optional<RequestRecord> find(RequestKind kind, String timestamp) {
        Map<String, AttributeValue> item = AwsErrors.call(SERVICE, "GetItem", () -> dynamo.getItem(b -> b
                .tableName(table).key(RequestItems.key(kind, timestamp)).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(RequestItems.fromItem(item));
    }

    @Override
    public Optional<RequestRecord> latest(RequestKind kind) {
        return recent(kind, 1, Optional.empty()).stream().findFirst();
    }

    @Override
    public List<RequestRecord> recent(RequestKind kind, int limit, Optional<String> callerArn) {
        List<RequestRecord> records = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .scanIndexForward(false)
                    .limit(limit)
                    .exclusiveStartKey(start);
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":pk", s(kind.name()));
            if (callerArn.isPresent()) {
                query.filterExpression(RequestItems.CALLER_ARN + " = :caller");
                values.put(":caller", s(callerArn.get()));
            }
            QueryRequest request = query.expressionAttributeValues(values).build();
            QueryResponse page = AwsErrors.call(SERVICE, "Query", () -> dynamo.query(request));
            page.items().stream().limit(limit - records.size()).map(RequestItems::fromItem).forEach(records::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && records.size() < limit);
        return records;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyAttempt attempt) {
        String token = UUID.randomUUID().toString();
        Optional<Map<String, AttributeValue>> refusedBy = freshClaim(attempt, token);
        if (refusedBy.isEmpty()) {
            return new IdempotencyClaim.Claimed(attempt.now());
        }
        Map<String, AttributeValue> holder = !refusedBy.get().isEmpty() ? refusedBy.get()
                : AwsErrors.call(SERVICE, "GetItem", () -> dynamo.getItem(b -> b.tableName(table)
                        .key(idempotencyKey(attempt.key())).consistentRead(true))).item();
        if (holder == null || holder.isEmpty()) {
            // Released between our write and our read: the caller may simply retry.
            return new IdempotencyClaim.InProgress();
        }
        if (token.equals(RequestItems.text(holder, CLAIM_TOKEN))) {
            // our own put: its first attempt landed and the SDK retried it
            return new IdempotencyClaim.Claimed(Instant.ofEpochSecond(Long.parseLong(holder.get(CREATED_AT).n())));
        }
        if (!attempt.fingerprint().equals(RequestItems.text(holder, "fingerprint"))) {
            return new IdempotencyClaim.Mismatch();
        }
        if (COMPLETE.equals(RequestItems.text(holder, "state"))) {
            return new IdempotencyClaim.Replay(new StoredResponse(Integer.parseInt(holder.get("responseStatus").n()),
                    RequestItems.text(holder, "responseBody")));
        }
        return takeOver(attempt).<IdempotencyClaim>map(IdempotencyClaim.Claimed::new)
                .orElseGet(IdempotencyClaim.InProgress::new);
    }

    /** Writes a new claim unless an unexpired one exists; empty when written, else the holder (maybe unknown). */
    private Optional<Map<String, AttributeValue>> freshClaim(IdempotencyAttempt attempt, String token) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(idempotencyKey(attempt.key()));
        item.put("recordType", s("idempotency"));
        item.put("state", s(IN_PROGRESS));
        item.put("fingerprint", s(attempt.fingerprint()));
        item.put(CREATED_AT, n(attempt.now().getEpochSecond()));
        item.put(RequestItems.EXPIRES_AT, n(attempt.expiresAt().getEpochSecond()));
        item.put("leaseUntil", n(attempt.leaseUntil().getEpochSecond()));
        item.put(CLAIM_TOKEN, s(token));
        return AwsErrors.call(SERVICE, "PutItem", () -> {
            try {
                dynamo.putItem(b -> b.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now"
                                + " OR (#state = :released AND fingerprint <> :fp)")
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(Map.of(":now", n(attempt.now().getEpochSecond()),
                                ":released", s(RELEASED), ":fp", s(attempt.fingerprint())))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                return Optional.empty();
            } catch (ConditionalCheckFailedException e) {
                return Optional.of(e.hasItem() ? e.item() : Map.of());
            }
        });
    }

    /**
     * Takes over a claim that was released, or whose invocation died (lease over, not completed); keeps its original
     * time.
     */
    private Optional<Instant> takeOver(IdempotencyAttempt attempt) {
        return AwsErrors.call(SERVICE, "UpdateItem", () -> {
            try {
                Map<String, AttributeValue> taken = dynamo.updateItem(b -> b.tableName(table)
                        .key(idempotencyKey(attempt.key()))
                        .updateExpression("SET leaseUntil = :lease, #state = :inProgress")
                        .conditionExpression("fingerprint = :fp AND (#state = :released"
                                + " OR (#state = :inProgress AND leaseUntil < :now))")
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(Map.of(":lease", n(attempt.leaseUntil().getEpochSecond()),
                                ":inProgress", s(IN_PROGRESS), ":released", s(RELEASED),
                                ":now", n(attempt.now().getEpochSecond()), ":fp", s(attempt.fingerprint())))
                        .returnValues(ReturnValue.ALL_NEW)).attributes();
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(taken.get(CREATED_AT).n())));
            } catch (ConditionalCheckFailedException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void complete(String key, StoredResponse response) {
        AwsErrors.run(SERVICE, "UpdateItem", () -> dynamo.updateItem(b -> b.tableName(table)
                .key(idempotencyKey(key))
                .updateExpression("SET #state = :complete, responseStatus = :status, responseBody = :body")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":complete", s(COMPLETE), ":status", n(response.statusCode()),
                        ":body", s(response.body())))));
    }

    @Override
    public void release(String key) {
        AwsErrors.run(SERVICE, "UpdateItem", () -> {
            try {
                dynamo.updateItem(b -> b.tableName(table)
                        .key(idempotencyKey(key))
                        .updateExpression("SET #state = :released")
                        .conditionExpression("#state = :inProgress")
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(Map.of(":released", s(RELEASED), ":inProgress", s(IN_PROGRESS))));
            } catch (ConditionalCheckFailedException ignored) {
                // completed meanwhile, or expired and gone: nothing held to give back
            }
        });
    }

    private static Map<String, AttributeValue> idempotencyKey(String key) {
        return Map.of(RequestItems.PK, s(IDEMPOTENCY + "#" + key), RequestItems.SK, s(IDEMPOTENCY));
    }
}
