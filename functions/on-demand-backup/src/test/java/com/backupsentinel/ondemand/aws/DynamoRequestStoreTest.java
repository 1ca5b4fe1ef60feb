package com.backupsentinel.ondemand.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.ondemand.service.AwsCallException;
import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.ConfigBackupLocation;
import com.backupsentinel.ondemand.service.FailedJob;
import com.backupsentinel.ondemand.service.IdempotencyAttempt;
import com.backupsentinel.ondemand.service.IdempotencyClaim;
import com.backupsentinel.ondemand.service.RequestKind;
import com.backupsentinel.ondemand.service.RequestRecord;
import com.backupsentinel.ondemand.service.SkippedResource;
import com.backupsentinel.ondemand.service.StartedJob;
import com.backupsentinel.ondemand.service.StoredResponse;
import com.backupsentinel.standins.DynamoDbStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The requests table adapter through the real SDK against DynamoDB Local. */
class DynamoRequestStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final Caller ALICE = new Caller("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice",
            "123456789012", "AROAEXAMPLE:alice", "o-exampleorg1", "203.0.113.10", "curl/8.5.0");
    private static final Caller BOB = new Caller("arn:aws:sts::123456789012:assumed-role/BackupOperator/bob",
            "123456789012", "", "", "", "");

    private static DynamoDbStandIn standIn;
    private static DynamoDbClient dynamo;
    private DynamoRequestStore store;
    private String table;

    @BeforeAll
    static void start() {
        standIn = DynamoDbStandIn.start();
        dynamo = TestInventory.clients("DYNAMODB", standIn.endpoint()).build(DynamoDbClient.builder(), "DYNAMODB");
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @BeforeEach
    void createTable() {
        table = "requests-" + UUID.randomUUID();
        dynamo.createTable(b -> b.tableName(table)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode("PAY_PER_REQUEST"));
        store = new DynamoRequestStore(dynamo, table);
    }

    private static RequestRecord backup(String timestamp, Caller caller) {
        return RequestRecord.newBackup(timestamp, NOW, caller, false, List.of("arn:aws:rds:us-west-2:123456789012:db:a"),
                NOW.plus(Duration.ofDays(120)));
    }

    private static IdempotencyAttempt attempt(String fingerprint, Instant now) {
        return new IdempotencyAttempt("key-1", fingerprint, now, now.plus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(2)));
    }

    @Test
    void keepsEveryPartOfARequestRecord() {
        RequestRecord restore = RequestRecord.newRestore("2026-11-21t09-45-00", NOW, ALICE,
                Optional.of("2026-11-21t09-30-00"), Optional.empty(), NOW.plus(Duration.ofDays(120)))
                .withOutcome(List.of(new StartedJob("job-1", "arn:aws:rds:us-west-2:123456789012:db:a", "RDS",
                                "arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-1",
                                Map.of("DBInstanceIdentifier", "a-restored"))),
                        List.of(new FailedJob("arn:aws:dynamodb:us-west-2:123456789012:table/t", "DynamoDB", "rp",
                                "ThrottlingException", "ThrottlingException: Rate exceeded")),
                        List.of(new SkippedResource("arn:aws:ec2:us-west-2:123456789012:volume/v", "EBS", "snap",
                                "skip: EBS")));
        RequestRecord config = RequestRecord.newBackup("2026-11-21t09-31-00", NOW, BOB, true, List.of(), NOW)
                .withConfigBackup(Optional.of(new ConfigBackupLocation("reports", "config-backups/x.json",
                        List.of("backupVault", "backupPlan"))), List.of());

        assertThat(store.create(restore)).contains(restore);
        assertThat(store.create(config)).contains(config);

        assertThat(store.find(RequestKind.RESTORE, "2026-11-21t09-45-00")).contains(restore);
        assertThat(store.find(RequestKind.BACKUP, "2026-11-21t09-31-00")).contains(config);
        assertThat(store.find(RequestKind.BACKUP, "2026-11-21t09-45-00")).isEmpty();
    }

    @Test
    void writesTheTtlAttributeAsEpochSeconds() {
        store.create(backup("2026-11-21t09-30-00", ALICE));

        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("BACKUP"), "sk", AttributeValue.fromS("2026-11-21t09-30-00")))).item();

        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.plus(Duration.ofDays(120)).getEpochSecond()));
        assertThat(item.get("callerArn").s()).isEqualTo(ALICE.userArn());
    }

    @Test
    void createRefusesATakenTimestampAndSaveOverwrites() {
        RequestRecord first = backup("2026-11-21t09-30-00", ALICE);
        assertThat(store.create(first)).contains(first);
        assertThat(store.create(backup("2026-11-21t09-30-00", BOB))).isEmpty();

        RequestRecord done = first.withOutcome(List.of(new StartedJob("job-9", "arn:aws:rds:us-west-2:123456789012:db:a",
                "RDS", "rp", Map.of())), List.of(), List.of());
        store.save(done);

        assertThat(store.find(RequestKind.BACKUP, "2026-11-21t09-30-00")).contains(done);
    }

    @Test
    void listsNewestFirstAcrossPagesAndByCaller() {
        for (int minute = 0; minute < 7; minute++) {
            store.create(backup("2026-11-21t09-3" + minute + "-00", minute % 2 == 0 ? ALICE : BOB));
        }

        assertThat(store.latest(RequestKind.BACKUP).map(RequestRecord::timestamp)).contains("2026-11-21t09-36-00");
        assertThat(store.latest(RequestKind.RESTORE)).isEmpty();
        assertThat(store.recent(RequestKind.BACKUP, 3, Optional.empty())).extracting(RequestRecord::timestamp)
                .containsExactly("2026-11-21t09-36-00", "2026-11-21t09-35-00", "2026-11-21t09-34-00");
        assertThat(store.recent(RequestKind.BACKUP, 2, Optional.of(BOB.userArn()))).extracting(RequestRecord::timestamp)
                .containsExactly("2026-11-21t09-35-00", "2026-11-21t09-33-00");
    }

    @Test
    void claimsAKeyOnceAndAnswersRepeatsFromTheStoredResponse() {
        assertThat(store.claim(attempt("fp", NOW))).isEqualTo(new IdempotencyClaim.Claimed(NOW));
        assertThat(store.claim(attempt("fp", NOW.plusSeconds(5)))).isEqualTo(new IdempotencyClaim.InProgress());
        assertThat(store.claim(attempt("other", NOW.plusSeconds(5)))).isEqualTo(new IdempotencyClaim.Mismatch());

        store.complete("key-1", new StoredResponse(202, "{\"code\":202}"));

        assertThat(store.claim(attempt("fp", NOW.plusSeconds(300))))
                .isEqualTo(new IdempotencyClaim.Replay(new StoredResponse(202, "{\"code\":202}")));
        assertThat(store.claim(attempt("fp", NOW.plus(Duration.ofMinutes(11)))))
                .isEqualTo(new IdempotencyClaim.Claimed(NOW.plus(Duration.ofMinutes(11))));
    }

    @Test
    void anAbandonedClaimCanBeTakenOverAfterItsLeaseKeepingItsOriginalTime() {
        store.claim(attempt("fp", NOW));

        assertThat(store.claim(attempt("fp", NOW.plusSeconds(60)))).isEqualTo(new IdempotencyClaim.InProgress());
        assertThat(store.claim(attempt("fp", NOW.plusSeconds(121)))).isEqualTo(new IdempotencyClaim.Claimed(NOW));
        assertThat(store.claim(attempt("fp", NOW.plusSeconds(122)))).isEqualTo(new IdempotencyClaim.InProgress());
    }

    @Test
    void aReleasedKeyIsFreeAgainAtOnceAndKeepsItsFirstTimeForTheSameBody() {
        store.claim(attempt("fp", NOW));
        store.release("key-1");

        assertThat(store.claim(attempt("fp", NOW.plusSeconds(1)))).isEqualTo(new IdempotencyClaim.Claimed(NOW));
        store.release("key-1");
        assertThat(store.claim(attempt("other-body", NOW.plusSeconds(2))))
                .isEqualTo(new IdempotencyClaim.Claimed(NOW.plusSeconds(2)));
    }

    @Test
    void aRetriedRequestFindsTheRecordItsFirstAttemptReservedAndOthersDoNot() {
        RequestRecord first = backup("2026-11-21t09-45-00", ALICE).withRequestKey("seed-1");
        assertThat(store.create(first)).contains(first);

        assertThat(store.create(backup("2026-11-21t09-45-00", ALICE).withRequestKey("seed-1"))).contains(first);
        assertThat(store.create(backup("2026-11-21t09-45-00", ALICE).withRequestKey("seed-2"))).isEmpty();
    }

    @Test
    void aMissingTableIsAnAwsCallException() {
        DynamoRequestStore missing = new DynamoRequestStore(dynamo, "no-such-table");

        assertThatThrownBy(() -> missing.find(RequestKind.BACKUP, "2026-11-21t09-30-00"))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.service()).isEqualTo("DynamoDB");
                    assertThat(e.errorCode()).isEqualTo("ResourceNotFoundException");
                });
    }
}
