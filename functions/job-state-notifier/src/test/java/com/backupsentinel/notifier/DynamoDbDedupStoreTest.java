package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.standins.DynamoDbStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The dedup store's conditional writes, through the real SDK, against DynamoDB Local on 127.0.0.1. */
class DynamoDbDedupStoreTest {

    private static final String TABLE = "AlertDedupTable";
    private static final Duration LEASE = DedupPolicy.STANDARD.lease();
    /**
     * The wall clock, not a fixed date: TTL is on, and DynamoDB Local deletes items whose {@code expiresAt} is past by
     * the real clock, so a fixed date would make the window tests fail once it is more than a day old.
     */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static DynamoDbStandIn standIn;
    private static DynamoDbClient dynamo;
    private static DynamoDbDedupStore store;
    private static int keys;

    @BeforeAll
    static void start() {
        standIn = DynamoDbStandIn.start();
        dynamo = StandInClients.dynamoDb(standIn.endpoint());
        dynamo.createTable(request -> request.tableName(TABLE)
                .attributeDefinitions(definition -> definition.attributeName("pk")
                        .attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamo.updateTimeToLive(request -> request.tableName(TABLE)
                .timeToLiveSpecification(ttl -> ttl.attributeName("expiresAt").enabled(true)));
        store = new DynamoDbDedupStore(dynamo, TABLE, DedupPolicy.STANDARD);
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        standIn.close();
    }

    @Test
    void claimsAFreshKeyWithAnExpiryOneWindowAhead() {
        String key = newKey();

        assertThat(store.claim(key, "event-1", NOW, NOW.plus(LEASE))).isEqualTo(DedupStore.Claim.CLAIMED);

        Map<String, AttributeValue> item = item(key);
        assertThat(item.get("status").s()).isEqualTo("CLAIMED");
        assertThat(item.get("eventId").s()).isEqualTo("event-1");
        assertThat(item.get("claimedAt").n()).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.getEpochSecond() + 86_400));
    }

    @Test
    void answersDuplicateForAKeyAlreadyPublishedWithinTheWindow() {
        String key = newKey();
        store.claim(key, "event-1", NOW, NOW.plus(LEASE));
        store.complete(key, "event-1", DedupStore.Result.PUBLISHED, Optional.of("message-1"), NOW.plusSeconds(1));

        assertThat(store.claim(key, "event-2", NOW.plusSeconds(3_600), NOW.plusSeconds(3_600).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.DUPLICATE);
        assertThat(item(key).get("messageId").s()).isEqualTo("message-1");
        assertThat(item(key).get("status").s()).isEqualTo("PUBLISHED");
    }

    @Test
    void answersDuplicateForAKeyFoundBelowTheLevel() {
        String key = newKey();
        store.claim(key, "event-1", NOW, NOW.plus(LEASE));
        store.complete(key, "event-1", DedupStore.Result.BELOW_LEVEL, Optional.empty(), NOW);

        assertThat(store.claim(key, "event-1", NOW.plusSeconds(600), NOW.plusSeconds(600).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.DUPLICATE);
        assertThat(item(key)).doesNotContainKey("messageId");
    }

    @Test
    void answersInFlightWhileAnotherClaimIsFreshAndReclaimsOnceItsLeaseLapses() {
        String key = newKey();
        store.claim(key, "crashed", NOW, NOW.plus(LEASE));

        assertThat(store.claim(key, "retry", NOW.plusSeconds(60), NOW.plusSeconds(60).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.IN_FLIGHT);
        assertThat(store.claim(key, "retry", NOW.plusSeconds(120), NOW.plusSeconds(120).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.CLAIMED);
        assertThat(item(key).get("eventId").s()).isEqualTo("retry");
    }

    @Test
    void aClaimLapsesWhenItsInvocationWouldHaveEndedNotAFixedTimeLater() {
        String key = newKey();
        store.claim(key, "killed-mid-publish", NOW, NOW.plusSeconds(31));

        assertThat(store.claim(key, "retry", NOW.plusSeconds(30), NOW.plusSeconds(61)))
                .isEqualTo(DedupStore.Claim.IN_FLIGHT);
        assertThat(store.claim(key, "retry", NOW.plusSeconds(31), NOW.plusSeconds(62)))
                .isEqualTo(DedupStore.Claim.CLAIMED);
        assertThat(item(key).get("leaseUntil").n()).isEqualTo(Long.toString(NOW.plusSeconds(62).toEpochMilli()));
    }

    @Test
    void aClaimWrittenWithoutALeaseLapsesAfterThePolicysFixedLease() {
        String key = newKey();
        dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("pk", AttributeValue.fromS(key),
                "status", AttributeValue.fromS("CLAIMED"), "eventId", AttributeValue.fromS("old"),
                "claimedAt", AttributeValue.fromN(Long.toString(NOW.getEpochSecond())),
                "expiresAt", AttributeValue.fromN(Long.toString(NOW.plusSeconds(86_400).getEpochSecond())))));

        assertThat(store.claim(key, "retry", NOW.plusSeconds(119), NOW.plusSeconds(150)))
                .isEqualTo(DedupStore.Claim.IN_FLIGHT);
        assertThat(store.claim(key, "retry", NOW.plusSeconds(120), NOW.plusSeconds(150)))
                .isEqualTo(DedupStore.Claim.CLAIMED);
    }

    @Test
    void claimsAgainOnceTheWindowHasPassedEvenBeforeTtlDeletesTheItem() {
        String key = newKey();
        store.claim(key, "event-1", NOW, NOW.plus(LEASE));
        store.complete(key, "event-1", DedupStore.Result.PUBLISHED, Optional.of("message-1"), NOW);

        assertThat(store.claim(key, "event-2", NOW.plusSeconds(86_399), NOW.plusSeconds(86_399).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.DUPLICATE);
        assertThat(store.claim(key, "event-2", NOW.plusSeconds(86_400), NOW.plusSeconds(86_400).plus(LEASE)))
                .isEqualTo(DedupStore.Claim.CLAIMED);
    }

    @Test
    void releasesOnlyItsOwnUnfinishedClaim() {
        String key = newKey();
        store.claim(key, "owner", NOW, NOW.plus(LEASE));

        store.release(key, "someone-else");
        assertThat(item(key)).isNotEmpty();
        store.release(key, "owner");
        assertThat(item(key)).isEmpty();

        store.claim(key, "owner", NOW, NOW.plus(LEASE));
        store.complete(key, "owner", DedupStore.Result.PUBLISHED, Optional.of("message-1"), NOW);
        store.release(key, "owner");
        assertThat(item(key).get("status").s()).isEqualTo("PUBLISHED");
    }

    private static synchronized String newKey() {
        keys++;
        return "backup-job#job-" + keys + "#FAILED";
    }

    private static Map<String, AttributeValue> item(String key) {
        return dynamo.getItem(request -> request.tableName(TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.builder().s(key).build()))).item();
    }
}
