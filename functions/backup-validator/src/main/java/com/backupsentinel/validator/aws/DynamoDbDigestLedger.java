package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.report.DigestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The digest ledger on the stack's dedup table (AlertDedupTable), under keys {@code digest#<run id>} that only the
 * validator writes: a conditional put claims a run, an update marks it sent with the message id, a conditional
 * delete releases it. Items expire through the table's TTL ({@code expiresAt}) after {@link #KEEP}. Each claim
 * carries a random token, so a claim the SDK retried after its first attempt did land is still recognised as ours.
 */
public final class DynamoDbDigestLedger implements DigestLedger {

    /** How long a run's digest is remembered: longer than Lambda's retries of a scheduled event (1 h here). */
    static final Duration KEEP = Duration.ofDays(2);
    static final String PREFIX = "digest#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbDigestLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public Claim claim(String runId, Instant now, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(Map.of("pk", s(PREFIX + runId), "status", s("CLAIMED"), "claimToken", s(token),
                            "leaseUntil", n(leaseUntil.toEpochMilli()),
                            "expiresAt", n(now.plus(KEEP).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(pk) OR #expiresAt <= :now"
                            + " OR (#status = :claimed AND #leaseUntil <= :nowMillis)")
                    .expressionAttributeNames(Map.of("#expiresAt", "expiresAt", "#status", "status",
                            "#leaseUntil", "leaseUntil"))
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":claimed", s("CLAIMED"),
                            ":nowMillis", n(now.toEpochMilli()))));
            return new Claim(State.CLAIMED, Optional.empty());
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Map.of("pk", s(PREFIX + runId)))).item();
            if (item != null && item.containsKey("claimToken") && token.equals(item.get("claimToken").s())
                    && "CLAIMED".equals(item.get("status").s())) {
                return new Claim(State.CLAIMED, Optional.empty());
            }
            if (item == null || item.isEmpty() || "CLAIMED".equals(item.get("status").s())) {
                // held by a live invocation, or released between our put and this read: look again later
                return new Claim(State.IN_FLIGHT, Optional.empty());
            }
            return new Claim(State.SENT, Optional.ofNullable(item.get("messageId")).map(AttributeValue::s));
        }
    }

    @Override
    public void sent(String runId, String messageId, Instant now) {
        dynamo.updateItem(r -> r.tableName(table).key(Map.of("pk", s(PREFIX + runId)))
                .updateExpression("SET #status = :sent, messageId = :messageId, sentAt = :now")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":messageId", s(messageId),
                        ":now", n(now.getEpochSecond()))));
    }

    @Override
    public void release(String runId) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(Map.of("pk", s(PREFIX + runId)))
                    .conditionExpression("#status = :claimed")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":claimed", s("CLAIMED"))));
        } catch (ConditionalCheckFailedException ignored) {
            // already sent (or gone): nothing of ours to release
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
