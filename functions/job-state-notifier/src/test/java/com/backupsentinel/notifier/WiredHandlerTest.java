package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.inventory.Inventory;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The handler with its production wiring (config, client factory, DynamoDB dedup, Describe* look-ups, SNS
 * publisher, audit recorder, Powertools metrics) built from an environment that points at the stand-ins.
 */
class WiredHandlerTest {

    private static final String FAILED_JOB = "FE603449-9C6D-4A69-9561-31C1BDC7E9FC";

    private static DynamoDbStandIn dynamoDb;
    private static SnsStandIn sns;
    private static BackupStandIn backup;
    private static final String ABORTED_JOB = "3350875C-B144-4A4B-8D44-A1FE3D97D589";

    private static Map<String, String> environment;
    private static JobStateNotifierHandler handler;

    @BeforeAll
    static void start() throws IOException {
        dynamoDb = DynamoDbStandIn.start();
        sns = SnsStandIn.start("123456789012", StandInClients.REGION);
        Inventory inventory = Inventory.builder("123456789012", StandInClients.REGION)
                .backupJob(StandInClients.REGION, Json.mapper().readTree("{\"BackupJobId\":\"" + FAILED_JOB + "\","
                        + "\"State\":\"FAILED\",\"MessageCategory\":\"INVALID_STATE\","
                        + "\"CreationDate\":\"2026-11-20T01:00:04Z\","
                        + "\"ResourceName\":\"arrakis-oms-production\",\"BackupSizeInBytes\":0,"
                        + "\"CreatedBy\":{\"BackupPlanId\":\"86e41ac0-3ea3-4c08-895f-8209c158c141\","
                        + "\"BackupPlanName\":\"arrakis-backup-plan-production\"}}"))
                .build();
        backup = BackupStandIn.start(StandInOptions.empty(), inventory);
        String topicArn;
        try (SnsClient client = StandInClients.sns(sns.endpoint());
             DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint())) {
            topicArn = client.createTopic(request -> request.name("alerts")).topicArn();
            dynamo.createTable(request -> request.tableName("AlertDedupTable")
                    .attributeDefinitions(definition -> definition.attributeName("pk")
                            .attributeType(ScalarAttributeType.S))
                    .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH))
                    .billingMode("PAY_PER_REQUEST"));
            dynamo.createTable(request -> request.tableName("AuditEventsTable")
                    .attributeDefinitions(definition -> definition.attributeName("pk")
                            .attributeType(ScalarAttributeType.S), definition -> definition.attributeName("sk")
                            .attributeType(ScalarAttributeType.S))
                    .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH),
                            key -> key.attributeName("sk").keyType(KeyType.RANGE))
                    .billingMode("PAY_PER_REQUEST"));
        }
        environment = new HashMap<>();
        environment.put("ENVIRONMENT", "production");
        environment.put("NOTIFICATION_LEVEL", "");
        environment.put("BENIGN_STATUS_PATTERNS", "");
        environment.put("DEDUP_TABLE_NAME", "AlertDedupTable");
        environment.put("NOTIFICATION_TOPIC_ARN", topicArn);
        environment.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        environment.put("AWS_REGION", StandInClients.REGION);
        environment.put("AWS_ACCESS_KEY_ID", "STANDINACCESSKEY");
        environment.put("AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
        environment.put("AUDIT_TABLE_NAME", "AuditEventsTable");
        handler = new JobStateNotifierHandler(NotifierWiring.fromEnvironment(Environment.of(environment)));
    }

    @AfterAll
    static void stop() {
        backup.close();
        sns.close();
        dynamoDb.close();
    }

    @BeforeEach
    void forgetMessages() {
        sns.clear();
    }

    @Test
    void publishesAnEnrichedAlertOnceWhenTheSameEventArrivesTwice() throws IOException {
        JsonNode first = invoke("backup-job-failed.json");
        JsonNode second = invoke("backup-job-failed.json");

        assertThat(first.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(second.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(sns.published()).hasSize(1);
        assertThat(Json.mapper().readTree(sns.published().get(0).message()).path("email").asText())
                .contains("Message category", "INVALID_STATE",
                        "arrakis-backup-plan-production (86e41ac0-3ea3-4c08-895f-8209c158c141)");
    }

    @Test
    void publishesWhenTheLookUpIsDeniedAndSaysSo() throws IOException {
        backup.failNext("DescribeCopyJob", 403, "AccessDeniedException", "not authorized to perform: "
                + "backup:DescribeCopyJob", 1);

        JsonNode response = invoke("copy-job-failed.json");

        assertThat(response.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(Json.mapper().readTree(sns.published().get(0).message()).path("email").asText())
                .contains("DescribeCopyJob failed: AccessDeniedException: not authorized to perform: "
                        + "backup:DescribeCopyJob (HTTP 403)");
    }

    @Test
    void recordsEachPublishedAlertOnceInTheAuditTableEvenWhenARetryPublishesAgain() throws IOException {
        JsonNode first = invoke("backup-job-aborted.json");
        invoke("backup-job-aborted.json");
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint())) {
            dynamo.deleteItem(request -> request.tableName("AlertDedupTable").key(Map.of("pk",
                    AttributeValue.fromS("backup-job#123456789012#" + ABORTED_JOB + "#ABORTED"))));
        }
        JsonNode republished = invoke("backup-job-aborted.json");

        assertThat(republished.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(sns.published()).hasSize(2);
        List<AuditEvent> recorded = auditEventsOf(ABORTED_JOB);
        assertThat(recorded).hasSize(1);
        AuditEvent event = recorded.get(0);
        assertThat(event.opType()).isEqualTo("Alert.Published");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-11-22T01:15:17Z"));
        assertThat(event.caller()).isEqualTo("aws.backup");
        assertThat(event.responseCode()).isEqualTo(200);
        assertThat(event.source()).isEqualTo("JobStateNotifierFunction");
        assertThat(event.requestParams()).containsEntry("messageId", first.path("messageId").asText())
                .containsEntry("severity", "ERROR").containsEntry("state", "ABORTED")
                .containsEntry("eventType", "Backup Job State Change")
                .containsEntry("resourceArn", "arn:aws:ec2:us-west-2:123456789012:volume/vol-057b4f217362113f3")
                .containsEntry("account", "123456789012").containsEntry("region", "us-west-2");
    }

    @Test
    void publishesWithoutRecordingWhenNoAuditTableIsConfigured() throws IOException {
        Map<String, String> withoutAudit = new HashMap<>(environment);
        withoutAudit.remove("AUDIT_TABLE_NAME");
        JobStateNotifierHandler unaudited = new JobStateNotifierHandler(
                NotifierWiring.fromEnvironment(Environment.of(withoutAudit)));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        unaudited.handleRequest(new ByteArrayInputStream(TestEvents.bytes(
                TestEvents.FUNCTION_EVENTS.resolve("restore-job-failed.json"))), output, new FakeContext("unaudited"));

        assertThat(Json.mapper().readTree(output.toByteArray()).path("status").asText()).isEqualTo("PUBLISHED");
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint())) {
            assertThat(new DynamoDbAuditStore(dynamo, "AuditEventsTable").day(LocalDate.parse("2026-11-20")))
                    .isEmpty();
        }
    }

    private static List<AuditEvent> auditEventsOf(String jobId) {
        List<AuditEvent> events = new ArrayList<>();
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint())) {
            new DynamoDbAuditStore(dynamo, "AuditEventsTable").forEachEventOn(LocalDate.parse("2026-11-22"),
                    event -> {
                        if (jobId.equals(event.requestParams().get("jobId"))) {
                            events.add(event);
                        }
                    });
        }
        return events;
    }

    private static JsonNode invoke(String file) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(TestEvents.bytes(TestEvents.FUNCTION_EVENTS.resolve(file))),
                output, new FakeContext("wired"));
        return Json.mapper().readTree(output.toByteArray());
    }
}
