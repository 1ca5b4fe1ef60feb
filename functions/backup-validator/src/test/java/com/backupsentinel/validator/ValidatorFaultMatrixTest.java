package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.StoredObject;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultyEndpoints;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The validator's fault matrix: its production wiring over the real SDK, against the stand-ins behind the fault
 * proxy, one scheduled run per row with a fault at one AWS step, then Lambda's retry of the same event with the
 * fault gone. Whatever fails, the run ends with its reports written and exactly one digest, or (for reads) one
 * digest that says what could not be read. Small SDK timeouts make hangs cost a fraction of a second.
 */
class ValidatorFaultMatrixTest {

    private static final String BUCKET = "reports";

    private static EmbeddedAws aws;
    private static FaultPlan plan;
    private static FaultyEndpoints fronted;
    private static BackupValidatorHandler handler;
    private static int runs;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start(StandInOptions.empty());
        Map<String, String> environment = new HashMap<>(aws.endpointEnvironment());
        AwsClientFactory setup = AwsClientFactory.fromEnvironment(Environment.of(environment));
        String topic;
        try (S3Client s3 = setup.build(S3Client.builder().forcePathStyle(true), "S3");
             SnsClient sns = setup.build(SnsClient.builder(), "SNS");
             DynamoDbClient dynamo = setup.build(DynamoDbClient.builder(), "DYNAMODB")) {
            s3.createBucket(r -> r.bucket(BUCKET));
            topic = sns.createTopic(r -> r.name("alerts")).topicArn();
            dynamo.createTable(r -> r.tableName("AlertDedupTable").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            dynamo.createTable(r -> r.tableName("AuditEventsTable").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S),
                            d -> d.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        }
        plan = FaultPlan.none();
        fronted = FaultyEndpoints.front(environment, plan);
        environment.putAll(fronted.environment());
        environment.putAll(Map.of("ENVIRONMENT", "development", "REPORT_BUCKET", BUCKET,
                "NOTIFICATION_TOPIC_ARN", topic, "POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel",
                "REGIONS", "us-east-1", "BACKUP_VAULT_NAME", "Default", "REPLICA_REGION", "us-west-2",
                "DEDUP_TABLE_NAME", "AlertDedupTable", "AUDIT_TABLE_NAME", "AuditEventsTable"));
        environment.putAll(FaultMatrixTimeouts.ENVIRONMENT);
        handler = new BackupValidatorHandler(ValidatorWiring.create(Environment.of(environment),
                Clock.systemUTC(), new RecordingMetrics()));
    }

    @AfterAll
    static void stop() {
        fronted.close();
        aws.close();
    }

    @BeforeEach
    void forgetDigests() {
        plan.clear();
        aws.sns().clear();
    }

    @ParameterizedTest(name = "{0}: the run fails, its retry writes the reports, one digest in all")
    @CsvSource({
        "s3:PutObject=hang", "s3:PutObject=reset", "s3:PutObject=http500", "s3:PutObject=throttle",
        "sns:Publish=hang", "sns:Publish=reset", "sns:Publish=http500", "sns:Publish=throttle"})
    void aFailedWriteFailsTheRunAndItsRetrySendsNoSecondDigest(String fault) {
        Map<String, Object> event = scheduledEvent();
        plan.set(fault);

        assertThatThrownBy(() -> handler.handleRequest(event, context()));
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();
        Map<String, Object> retry = handler.handleRequest(event, context());

        assertThat(aws.sns().published()).hasSize(1);
        assertThat(retry).containsKey("runId");
        assertThat(reportKeys()).anyMatch(key -> key.contains((String) retry.get("runId")));
    }

    @ParameterizedTest(name = "{0}: one digest, and the run succeeds")
    @CsvSource({
        "s3:PutObject=throttle:1", "s3:PutObject=http500:1", "s3:PutObject=reset:1", "sns:Publish=throttle:1",
        "sns:Publish=reset:1", "dynamodb:PutItem=hang", "dynamodb:PutItem=reset", "dynamodb:PutItem=http500",
        "dynamodb:PutItem=throttle", "dynamodb:UpdateItem=hang"})
    void aTransientFaultOrALostLedgerOrAuditWriteStillSendsOneDigest(String fault) {
        plan.set(fault);

        Map<String, Object> response = handler.handleRequest(scheduledEvent(), context());

        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        assertThat(aws.sns().published()).hasSize(1);
        assertThat(reportKeys()).anyMatch(key -> key.contains((String) response.get("runId")));
    }

    @ParameterizedTest(name = "{0}: one digest saying what could not be read")
    @CsvSource({
        "backup:ListBackupJobs=hang", "backup:ListBackupJobs=reset", "backup:ListBackupJobs=http500",
        "backup:ListBackupJobs=throttle", "tagging:GetResources=hang", "tagging:GetResources=throttle"})
    void aFailedReadEndsTheRunWithItsErrorsInOneDigest(String fault) {
        plan.set(fault);

        Map<String, Object> response = handler.handleRequest(scheduledEvent(), context());

        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        assertThat(aws.sns().published()).hasSize(1);
        assertThat(response.get("status")).isEqualTo("ERROR");
    }

    private static Map<String, Object> scheduledEvent() {
        return Map.of("version", "0", "id", "run-" + (++runs), "detail-type", "Scheduled Event",
                "source", "aws.events", "account", "123456789012", "time", "2026-11-21T06:00:00Z",
                "region", "us-east-1", "resources", List.of(), "detail", Map.of());
    }

    private static TestContext context() {
        return new TestContext(FaultMatrixTimeouts.INVOCATION_MILLIS);
    }

    private static List<String> reportKeys() {
        return aws.s3().objects().stream().filter(o -> o.bucket().equals(BUCKET)).map(StoredObject::key).toList();
    }
}
