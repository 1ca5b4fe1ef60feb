package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.aws.TestInventory;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultRule;
import com.backupsentinel.standins.http.FaultyEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * OnDemandBackupFunction's fault matrix: the real wiring over the real SDK against the stand-ins behind the fault
 * proxy. A POST /backups meets a fault at one AWS step; the caller gets a 5xx (never a hang, never Lambda's
 * timeout) and sends the same request again, as API clients do: in the end one record holds exactly the jobs AWS
 * Backup started, and no resource is backed up twice.
 */
class OnDemandFaultMatrixTest {

    private static final String RDS = "arn:aws:rds:us-west-2:123456789012:db:arrakis-oms-production";
    private static final String EBS = "arn:aws:ec2:us-west-2:123456789012:volume/vol-07d6487512a7eff0e";

    private static EmbeddedAws aws;
    private static DynamoDbClient dynamo;
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private final FaultPlan plan = FaultPlan.none();
    private BackupStandIn backup;
    private FaultyEndpoints fronted;
    private OnDemandBackupHandler handler;
    private String table;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start(TestInventory.options());
        dynamo = AwsClientFactory.fromEnvironment(Environment.of(aws.endpointEnvironment()))
                .build(DynamoDbClient.builder(), "DYNAMODB");
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        aws.close();
    }

    @BeforeEach
    void wire() {
        table = "requests-" + UUID.randomUUID();
        dynamo.createTable(b -> b.tableName(table)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode("PAY_PER_REQUEST"));
        backup = BackupStandIn.start(TestInventory.options().withClock(clock));
        Map<String, String> env = new LinkedHashMap<>(aws.endpointEnvironment());
        env.put("AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
        fronted = FaultyEndpoints.front(env, plan);
        env.putAll(fronted.environment());
        env.put("ENVIRONMENT", "production");
        env.put("REQUESTS_TABLE_NAME", table);
        env.put("BACKUP_VAULT_NAME", TestInventory.VAULT);
        env.put("BACKUP_ROLE_ARN", TestInventory.BACKUP_ROLE);
        env.put("RESTORE_ROLE_ARN", TestInventory.RESTORE_ROLE);
        env.put("BACKUP_PLAN_ID", TestInventory.PLAN_ID);
        env.put("RESTORE_ALLOWED_RESOURCE_TYPES", "RDS,Aurora,EBS,DynamoDB");
        env.put("REPORT_BUCKET", "reports");
        env.putAll(Map.of("SDK_CONNECT_TIMEOUT_MS", "1000", "SDK_ATTEMPT_TIMEOUT_MS", "2500",
                "SDK_CALL_TIMEOUT_MS", "2500", "DEADLINE_MARGIN_MS", "800"));
        Wiring wiring = Wiring.fromEnvironment(Environment.of(env), clock);
        handler = new OnDemandBackupHandler(wiring.api(), wiring.metrics()::flush);
    }

    @AfterEach
    void stopBackup() {
        fronted.close();
        backup.close();
    }

    @Test
    void anInvocationThatDiesAfterStartBackupJobLeavesItsRecordHoldingTheJobsOnceTheRequestIsSentAgain() {
        // the record write after StartBackupJob never lands and the claim cannot be given back: as if Lambda had
        // killed the function between the two
        plan.set(FaultRule.parse("dynamodb:PutItem=reset").afterPassing(2), FaultRule.parse("dynamodb:DeleteItem=reset"),
                FaultRule.parse("dynamodb:UpdateItem=reset"));
        APIGatewayV2HTTPResponse first = post();
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();
        clock.advance(Duration.ofSeconds(30));
        APIGatewayV2HTTPResponse retry = post();

        assertThat(first.getStatusCode()).isGreaterThanOrEqualTo(500);
        assertThat(retry.getStatusCode()).as(retry.getBody()).isEqualTo(202);
        List<Map<String, AttributeValue>> records = backupRecords();
        assertThat(records).singleElement().satisfies(record ->
                assertThat(record.get("jobs").l()).hasSize(2));
        assertThat(backup.startStopCalls()).hasSize(2);
    }

    @Test
    void aRequestWhoseInvocationDiedIsCompletedOnReadFromAwsBackupsJobList() {
        plan.set(FaultRule.parse("dynamodb:PutItem=reset").afterPassing(2), FaultRule.parse("dynamodb:UpdateItem=reset"));
        assertThat(post().getStatusCode()).isGreaterThanOrEqualTo(500);
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();
        assertThat(backupRecords()).singleElement().satisfies(record -> assertThat(record.get("jobs").l()).isEmpty());

        clock.advance(Duration.ofSeconds(61));
        APIGatewayV2HTTPResponse status = handler.handleRequest(Events.load("get-backups-latest.json"),
                new TestContext());

        assertThat(status.getStatusCode()).as(status.getBody()).isEqualTo(200);
        JsonNode body = json(status.getBody());
        assertThat(body.path("jobs")).hasSize(2);
        assertThat(backupRecords()).singleElement().satisfies(record -> assertThat(record.get("jobs").l()).hasSize(2));
        assertThat(backup.startStopCalls()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}: a 5xx, and the request sent again starts each job once")
    @CsvSource({
        "backup:StartBackupJob=hang", "backup:StartBackupJob=reset", "backup:StartBackupJob=http500",
        "backup:StartBackupJob=throttle", "dynamodb:PutItem=hang", "dynamodb:PutItem=reset",
        "dynamodb:PutItem=http500", "dynamodb:PutItem=throttle", "dynamodb:UpdateItem=hang",
        "dynamodb:UpdateItem=reset", "dynamodb:UpdateItem=http500", "dynamodb:UpdateItem=throttle"})
    void aFaultAtAnyStepEndsInA5xxAndTheRepeatedRequestBacksUpEachResourceOnce(String fault) {
        plan.set(fault);
        APIGatewayV2HTTPResponse first = post();
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();
        clock.advance(Duration.ofSeconds(30));
        APIGatewayV2HTTPResponse retry = post();

        assertThat(first.getStatusCode()).as(first.getBody()).isIn(202, 502, 500, 503);
        assertThat(retry.getStatusCode()).as(retry.getBody()).isEqualTo(202);
        assertThat(backup.startStopCalls()).hasSize(2);
        assertThat(backupRecords()).singleElement().satisfies(record ->
                assertThat(record.get("jobs").l()).hasSize(2));
    }

    @ParameterizedTest(name = "{0}: retried within the call, the request is accepted at once")
    @CsvSource({"backup:StartBackupJob=throttle:1", "backup:StartBackupJob=http500:1", "backup:StartBackupJob=reset:1",
        "dynamodb:PutItem=throttle:1"})
    void aTransientFaultIsRetriedWithinTheCall(String fault) {
        plan.set(fault);
        APIGatewayV2HTTPResponse response = post();

        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        assertThat(backup.startStopCalls()).hasSize(2);
    }

    private APIGatewayV2HTTPResponse post() {
        return handler.handleRequest(Events.load("post-backups.json"), new TestContext());
    }

    private List<Map<String, AttributeValue>> backupRecords() {
        return dynamo.query(r -> r.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("BACKUP")))).items();
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
