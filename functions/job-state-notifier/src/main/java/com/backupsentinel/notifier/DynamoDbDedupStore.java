package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The dedup store on the AlertDedupTable: one item per key ({@code pk}), written with a conditional put so only
 * one invocation wins, and expired by DynamoDB TTL through {@code expiresAt} (epoch seconds). TTL deletes lazily,
 * so the conditions also treat an item past {@code expiresAt} as absent. An unfinished claim can be taken over once
 * its {@code leaseUntil} (epoch milliseconds: when its invocation would be ended) has passed; an item without one
 * (written before leases were per invocation) after the policy's fixed lease from {@code claimedAt}. Each claim
 * carries a random {@code claimToken}, so a claim whose first attempt landed and which the SDK retried (the
 * retry's condition then fails) is still recognised as ours instead of as another invocation's.
 */
final class DynamoDbDedupStore implements DedupStore {

    static final String PK = "pk";
    static final String STATUS = "status";
    static final String EVENT_ID = "eventId";
    static final String CLAIMED_AT = "claimedAt";
    static final String EXPIRES_AT = "expiresAt";
    static final String MESSAGE_ID = "messageId";
    static final String COMPLETED_AT = "completedAt";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String CLAIM_TOKEN = "claimToken";
    static final String STATUS_CLAIMED = "CLAIMED";

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final DedupPolicy policy;

    DynamoDbDedupStore(DynamoDbClient dynamo, String tableName, DedupPolicy policy) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Claim claim(String key, String eventId, Instant now, Instant leaseUntil) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(key));
        item.put(STATUS, s(STATUS_CLAIMED));
        item.put(EVENT_ID, s(eventId));
        item.put(CLAIMED_AT, n(now.getEpochSecond()));
        item.put(EXPIRES_AT, n(now.plus(policy.window()).getEpochSecond()));
        item.put(LEASE_UNTIL, n(leaseUntil.toEpochMilli()));
        String token = UUID.randomUUID().toString();
        item.put(CLAIM_TOKEN, s(token));
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #expiresAt <= :now"
                            + " OR (#status = :claimed AND (#leaseUntil <= :nowMillis"
                            + " OR (attribute_not_exists(#leaseUntil) AND #claimedAt <= :leaseStart)))")
                    .expressionAttributeNames(Map.of("#pk", PK, "#expiresAt", EXPIRES_AT, "#status", STATUS,
                            "#claimedAt", CLAIMED_AT, "#leaseUntil", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":claimed", s(STATUS_CLAIMED),
                            ":nowMillis", n(now.toEpochMilli()),
                            ":leaseStart", n(now.minus(policy.lease()).getEpochSecond())))
                    .build());
            return Claim.CLAIMED;
        } catch (ConditionalCheckFailedException e) {
            return stateOf(key, token);
        }
    }

    private Claim stateOf(String key, String token) {
        Map<String, AttributeValue> existing = dynamo.getItem(GetItemRequest.builder()
                .tableName(tableName)
                .key(Map.of(PK, s(key)))
                .consistentRead(true)
                .build()).item();
        if (existing == null || existing.isEmpty()) {
            // the holder released it between our put and this read: let the retry claim it
            return Claim.IN_FLIGHT;
        }
        AttributeValue status = existing.get(STATUS);
        boolean claimed = status != null && STATUS_CLAIMED.equals(status.s());
        AttributeValue holder = existing.get(CLAIM_TOKEN);
        if (claimed && holder != null && token.equals(holder.s())) {
            // our own claim: an earlier attempt of this put landed and the SDK retried it
            return Claim.CLAIMED;
        }
        return claimed ? Claim.IN_FLIGHT : Claim.DUPLICATE;
    }

    @Override
    public void complete(String key, String eventId, Result result, Optional<String> messageId, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", s(result.name()));
        values.put(":eventId", s(eventId));
        values.put(":completedAt", n(now.getEpochSecond()));
        String update = "SET #status = :status, #completedAt = :completedAt";
        if (messageId.isPresent()) {
            values.put(":messageId", s(messageId.get()));
            update += ", #messageId = :messageId";
        }
        Map<String, String> names = new HashMap<>(Map.of("#status", STATUS, "#eventId", EVENT_ID,
                "#completedAt", COMPLETED_AT));
        messageId.ifPresent(id -> names.put("#messageId", MESSAGE_ID));
        dynamo.updateItem(UpdateItemRequest.builder()
                .tableName(tableName)
                .key(Map.of(PK, s(key)))
                .updateExpression(update)
                .conditionExpression("#eventId = :eventId")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build());
    }

    @Override
    public void release(String key, String eventId) {
        try {
            dynamo.deleteItem(DeleteItemRequest.builder()
                    .tableName(tableName)
                    .key(Map.of(PK, s(key)))
                    .conditionExpression("#eventId = :eventId AND #status = :claimed")
                    .expressionAttributeNames(Map.of("#eventId", EVENT_ID, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":eventId", s(eventId), ":claimed", s(STATUS_CLAIMED)))
                    .build());
        } catch (ConditionalCheckFailedException ignored) {
            // someone else holds or completed the key: nothing of ours to release
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
