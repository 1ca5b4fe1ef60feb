package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.LambdaTestContext;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultRule;
import com.backupsentinel.standins.http.FaultyEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * JobStateNotifierFunction's fault matrix: the production wiring over the real SDK against the stand-ins behind the
 * fault proxy, one event per row with a fault at one AWS step, then Lambda's retry of the same event a minute later
 * with the fault gone, then a duplicate delivery. Every alert goes out exactly once: in the faulted invocation, or
 * in its retry (the faulted one fails cleanly, its claim released or leased only until its own end). Small SDK
 * timeouts make a hang cost about a second.
 */
class NotifierFaultMatrixTest {

    private static final int INVOCATION_MILLIS = 10_000;

    private static DynamoDbStandIn dynamoDb;
    private static SnsStandIn sns;
    private static BackupStandIn backup;
    private static FaultyEndpoints fronted;
    private static final FaultPlan PLAN = FaultPlan.none();
    private static final Fixtures.MutableClock CLOCK =
            new Fixtures.MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static JobStateNotifierHandler handler;
    private static int jobs;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbStandIn.start();
        sns = SnsStandIn.start("123456789012", StandInClients.REGION);
        backup = BackupStandIn.start(StandInOptions.empty());
        String topicArn;
        try (SnsClient client = StandInClients.sns(sns.endpoint());
             DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint())) {
            topicArn = client.createTopic(request -> request.name("alerts")).topicArn();
            dynamo.createTable(r -> r.tableName("AlertDedupTable").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            dynamo.createTable(r -> r.tableName("AuditEventsTable").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S),
                            d -> d.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        }
        Map<String, String> endpoints = Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.endpoint().toString(),
                "AWS_ENDPOINT_URL_SNS", sns.endpoint().toString(),
                "AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
        fronted = FaultyEndpoints.front(endpoints, PLAN);
        Map<String, String> environment = new HashMap<>(fronted.environment());
        environment.putAll(Map.of("ENVIRONMENT", "production", "NOTIFICATION_LEVEL", "", "BENIGN_STATUS_PATTERNS", "",
                "DEDUP_TABLE_NAME", "AlertDedupTable", "NOTIFICATION_TOPIC_ARN", topicArn,
                "POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel", "AWS_REGION", StandInClients.REGION,
                "AWS_ACCESS_KEY_ID", "STANDINACCESSKEY", "AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential",
                "AUDIT_TABLE_NAME", "AuditEventsTable"));
        environment.putAll(Map.of("SDK_CONNECT_TIMEOUT_MS", "1000", "SDK_ATTEMPT_TIMEOUT_MS", "2500",
                "SDK_CALL_TIMEOUT_MS", "2500", "DEADLINE_MARGIN_MS", "800"));
        handler = new JobStateNotifierHandler(NotifierWiring.fromEnvironment(Environment.of(environment), CLOCK));
    }

    @AfterAll
    static void stop() {
        fronted.close();
        backup.close();
        sns.close();
        dynamoDb.close();
    }

    @BeforeEach
    void clear() {
        PLAN.clear();
        sns.clear();
    }

    @ParameterizedTest(name = "{0}: the invocation fails cleanly, its retry publishes once, a duplicate publishes nothing")
    @CsvSource({"sns:Publish=hang", "sns:Publish=reset", "sns:Publish=http500", "sns:Publish=throttle",
        "dynamodb:PutItem=hang", "dynamodb:PutItem=reset", "dynamodb:PutItem=http500", "dynamodb:PutItem=throttle"})
    void aFailedPublishOrClaimFailsTheInvocationAndTheRetryPublishesOnce(String fault) {
        String event = failedJobEvent();
        PLAN.set(fault);

        assertThatThrownBy(() -> invoke(event)).isInstanceOf(RuntimeException.class);
        assertThat(sns.published()).isEmpty();
        assertThat(PLAN.injected()).as("the fault hit its step").isNotEmpty();
        PLAN.clear();
        CLOCK.advanceSeconds(60);

        assertThat(invoke(event).path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(invoke(event).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(sns.published()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: published once in the same invocation")
    @CsvSource({"backup:DescribeBackupJob=hang", "backup:DescribeBackupJob=reset",
        "backup:DescribeBackupJob=http500", "backup:DescribeBackupJob=throttle", "sns:Publish=throttle:1",
        "sns:Publish=http500:1", "sns:Publish=reset:1", "dynamodb:PutItem=throttle:1", "dynamodb:UpdateItem=hang",
        "dynamodb:UpdateItem=reset", "dynamodb:UpdateItem=http500", "dynamodb:UpdateItem=throttle"})
    void aFailedLookUpOrConfirmOrATransientFaultStillPublishesOnce(String fault) {
        String event = failedJobEvent();
        PLAN.set(fault);

        assertThat(invoke(event).path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(PLAN.injected()).as("the fault hit its step").isNotEmpty();
        PLAN.clear();
        assertThat(sns.published()).hasSize(1);
    }

    @ParameterizedTest(name = "the audit write {0}: published once, the audit event logged for replay")
    @CsvSource({"hang", "reset", "http500", "throttle"})
    void aFailedAuditWriteNeverBlocksOrRepeatsTheAlert(String kind) {
        String event = failedJobEvent();
        // the claim is the invocation's first PutItem; the audit append comes after publishing
        PLAN.set(FaultRule.parse("dynamodb:PutItem=" + kind).afterPassing(1));

        assertThat(invoke(event).path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(PLAN.injected()).as("the fault hit its step").isNotEmpty();
        PLAN.clear();
        assertThat(invoke(event).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(sns.published()).hasSize(1);
    }

    @Test
    void aNotifierKilledMidPublishNeverBlocksItsOwnRetry() {
        String event = failedJobEvent();
        // SNS hangs and the claim cannot be released: the claim is left behind, as by a killed invocation
        PLAN.set("sns:Publish=hang", "dynamodb:DeleteItem=hang");
        assertThatThrownBy(() -> invoke(event)).hasMessageContaining("Sns Publish");
        assertThat(PLAN.injected()).as("the fault hit its step").isNotEmpty();
        PLAN.clear();

        // a duplicate delivery while the first invocation could still be running is held off ...
        assertThatThrownBy(() -> invoke(event)).isInstanceOf(AlertInFlightException.class);
        // ... and Lambda's retry a minute later takes the claim over and publishes once
        CLOCK.advanceSeconds(60);
        assertThat(invoke(event).path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(invoke(event).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(sns.published()).hasSize(1);
    }

    @Test
    void aConfirmLostAfterPublishingHoldsOffADuplicateDeliveryUntilTheLeaseEnds() {
        String event = failedJobEvent();
        PLAN.set("dynamodb:UpdateItem=reset");
        assertThat(invoke(event).path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(PLAN.injected()).as("the fault hit its step").isNotEmpty();
        PLAN.clear();

        assertThatThrownBy(() -> invoke(event)).isInstanceOf(AlertInFlightException.class);
        assertThat(sns.published()).hasSize(1);
    }

    private static String failedJobEvent() {
        String job = "FAULT-" + (++jobs);
        return TestEvents.envelope("event-" + job, "Backup Job State Change", "{\"backupJobId\":\"" + job
                + "\",\"state\":\"FAILED\",\"resourceArn\":\"arn:aws:rds:us-west-2:111122223333:db:orders\","
                + "\"resourceType\":\"RDS\"}");
    }

    private static JsonNode invoke(String event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output,
                    new LambdaTestContext("JobStateNotifierFunction", "us-west-2", "111122223333", "request-1", 1024,
                            () -> INVOCATION_MILLIS));
            return Json.mapper().readTree(output.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
