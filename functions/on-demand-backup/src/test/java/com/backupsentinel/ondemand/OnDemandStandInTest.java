package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.aws.TestInventory;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.StoredObject;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The handler with its real wiring (configuration, SDK clients, adapters) against the embedded stand-ins, driven by
 * the sample events: what local invoke does, with assertions. Each test gets its own AWS Backup stand-in, because the
 * events repeat the same idempotency key at the same pinned time, which AWS Backup (rightly) deduplicates.
 */
class OnDemandStandInTest {

    private static final String RDS = "arn:aws:rds:us-west-2:123456789012:db:arrakis-oms-production";
    private static final String EBS = "arn:aws:ec2:us-west-2:123456789012:volume/vol-07d6487512a7eff0e";
    private static final String BACKUP_TS = "2026-11-21t09-30-00";

    private static EmbeddedAws aws;
    private static DynamoDbClient dynamo;
    private static S3Client s3;
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private BackupStandIn backup;
    private OnDemandBackupHandler handler;
    private String bucket;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start(TestInventory.options());
        AwsClientFactory clients = AwsClientFactory.fromEnvironment(Environment.of(aws.endpointEnvironment()));
        dynamo = clients.build(DynamoDbClient.builder(), "DYNAMODB");
        s3 = S3Clients.build(clients);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void wire() {
        String table = "requests-" + UUID.randomUUID();
        dynamo.createTable(b -> b.tableName(table)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode("PAY_PER_REQUEST"));
        bucket = "reports-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
        backup = BackupStandIn.start(TestInventory.options());
        Map<String, String> env = new LinkedHashMap<>(aws.endpointEnvironment());
        env.put("AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
        env.put("ENVIRONMENT", "production");
        env.put("REQUESTS_TABLE_NAME", table);
        env.put("BACKUP_VAULT_NAME", TestInventory.VAULT);
        env.put("BACKUP_ROLE_ARN", TestInventory.BACKUP_ROLE);
        env.put("RESTORE_ROLE_ARN", TestInventory.RESTORE_ROLE);
        env.put("BACKUP_PLAN_ID", TestInventory.PLAN_ID);
        env.put("RESTORE_ALLOWED_RESOURCE_TYPES", "RDS,Aurora,EBS,DynamoDB,S3");
        env.put("REPORT_BUCKET", bucket);
        env.put("CONFIG_OBJECT_KEYS", "terragrunt/acme/config.yaml");
        Wiring wiring = Wiring.fromEnvironment(Environment.of(env), clock);
        handler = new OnDemandBackupHandler(wiring.api(), wiring.metrics()::flush);
    }

    @AfterEach
    void stopBackup() {
        backup.close();
    }

    private APIGatewayV2HTTPResponse invoke(String eventFile) {
        return handler.handleRequest(Events.load(eventFile), new TestContext());
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls the stand-in executed, in arrival order (which concurrent calls do not fix). */
    private List<JsonNode> newCalls(String operation) {
        return backup.startStopCalls().stream().filter(c -> c.operation().equals(operation))
                .map(c -> json(c.requestJson())).toList();
    }

    private void completeJobsOf(JsonNode accepted) {
        accepted.path("jobs").forEach(job -> backup.setJobState(job.path("backupJobId").asText(), "COMPLETED",
                null));
    }

    @Test
    void postBackupsStartsTheJobsAwsBackupRecordsAndTheStatusFollowsThem() {
        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        JsonNode accepted = json(response.getBody());
        assertThat(accepted.path("message").asText()).isEqualTo("Request Accepted with timestamp " + BACKUP_TS);
        List<JsonNode> calls = newCalls("StartBackupJob");
        assertThat(calls).extracting(c -> c.path("ResourceArn").asText()).containsExactlyInAnyOrder(RDS, EBS);
        JsonNode first = calls.stream().filter(c -> c.path("ResourceArn").asText().equals(RDS)).findFirst()
                .orElseThrow();
        assertThat(first.path("BackupVaultName").asText()).isEqualTo(TestInventory.VAULT);
        assertThat(first.path("IamRoleArn").asText()).isEqualTo(TestInventory.BACKUP_ROLE);
        assertThat(first.path("Lifecycle").path("DeleteAfterDays").asInt()).isEqualTo(90);
        assertThat(first.path("IdempotencyToken").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.path("RecoveryPointTags").path("backup-sentinel:requested-by").asText())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice");

        backup.setJobState(accepted.path("jobs").get(0).path("backupJobId").asText(), "RUNNING", null);
        JsonNode running = json(invoke("get-backup-status.json").getBody());
        assertThat(running.path("status").asText()).isEqualTo("Running");
        assertThat(running.path("jobs").get(0).path("state").asText()).isEqualTo("RUNNING");

        completeJobsOf(accepted);
        JsonNode latest = json(invoke("get-backups-latest.json").getBody());
        assertThat(latest.path("timestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(latest.path("status").asText()).isEqualTo("Success");
        assertThat(latest.path("jobs").get(0).path("percentDone").asText()).isEqualTo("100.0");
    }

    @Test
    void anEmptyBodyBacksUpWhatThePlanSelectsByArnAndByTags() {
        JsonNode accepted = json(invoke("post-backups-plan.json").getBody());

        assertThat(accepted.path("code").asInt()).isEqualTo(202);
        assertThat(newCalls("StartBackupJob")).extracting(c -> c.path("ResourceArn").asText()).containsExactlyInAnyOrder(
                "arn:aws:rds:us-west-2:123456789012:db:orders",
                "arn:aws:dynamodb:us-west-2:123456789012:table/sessions",
                "arn:aws:ec2:us-west-2:123456789012:volume/vol-0aaa1111bbbb2222c");
    }

    @Test
    void startBackupJobsThrottledBeyondTheRetriesAnswer502AndTheRequestReadsFailed() {
        int before = backup.callCount("StartBackupJob");
        backup.failNext("StartBackupJob", 400, "ThrottlingException", "Rate exceeded", 6);

        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(502);
        JsonNode body = json(response.getBody());
        assertThat(body.path("message").asText()).isEqualTo("AWS refused every job of request " + BACKUP_TS
                + ": ThrottlingException: Rate exceeded");
        assertThat(body.path("failures")).extracting(f -> f.path("error").asText())
                .containsExactly("ThrottlingException", "ThrottlingException");
        assertThat(backup.callCount("StartBackupJob") - before).isEqualTo(6);
        assertThat(newCalls("StartBackupJob")).isEmpty();
        assertThat(json(invoke("get-backup-status.json").getBody()).path("status").asText()).isEqualTo("Failed");
    }

    @Test
    void anAccessDeniedStartBackupJobIsReportedWithoutRetryingWhileTheOtherStarts() {
        int before = backup.callCount("StartBackupJob");
        backup.failNext("StartBackupJob", 403, "AccessDeniedException",
                "User: arn:aws:sts::999988887777:assumed-role/Intruder/x is not authorized to perform: iam:PassRole", 1);

        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        JsonNode accepted = json(response.getBody());
        assertThat(accepted.path("status").asText()).isEqualTo("PartialFailure");
        assertThat(accepted.path("jobs")).hasSize(1);
        assertThat(accepted.path("failures")).hasSize(1);
        assertThat(accepted.path("failures").get(0).path("error").asText()).isEqualTo("AccessDeniedException");
        assertThat(accepted.path("failures").get(0).path("message").asText()).isEqualTo(
                "AccessDeniedException: User: <redacted-arn> is not authorized to perform: iam:PassRole");
        assertThat(response.getBody()).doesNotContain("999988887777");
        assertThat(backup.callCount("StartBackupJob") - before).isEqualTo(2);
        assertThat(newCalls("StartBackupJob")).hasSize(1);
    }

    @Test
    void restoresTheBackupThroughTheRestoreRoleAndFollowsTheRestoreJobs() {
        completeJobsOf(json(invoke("post-backups.json").getBody()));
        clock.advance(Duration.ofMinutes(15));

        APIGatewayV2HTTPResponse response = invoke("post-restores.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        List<JsonNode> restores = newCalls("StartRestoreJob");
        assertThat(restores).hasSize(1);
        assertThat(restores.get(0).path("IamRoleArn").asText()).isEqualTo(TestInventory.RESTORE_ROLE);
        assertThat(restores.get(0).path("Metadata").path("DBInstanceIdentifier").asText())
                .isEqualTo("arrakis-oms-production-restored");
        JsonNode status = json(invoke("get-restore-status.json").getBody());
        assertThat(status.path("status").asText()).isEqualTo("Pending");
        assertThat(status.path("jobs").get(0).path("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void anS3RestoreGoesToANewBucketNeverTheOriginal() {
        APIGatewayV2HTTPEvent event = Events.load("post-restores-recovery-point.json");
        event.setBody("{\"recoveryPointArn\": \"" + TestInventory.S3_POINT + "\", \"confirm\": true}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(202);
        List<JsonNode> restores = newCalls("StartRestoreJob");
        assertThat(restores).hasSize(1);
        JsonNode metadata = restores.get(0).path("Metadata");
        String timestamp = json(response.getBody()).path("timestamp").asText();
        assertThat(metadata.path("DestinationBucketName").asText()).isEqualTo("orders-exports-restored-" + timestamp)
                .isNotEqualTo("orders-exports");
        assertThat(metadata.path("NewBucket").asText()).isEqualTo("true");
        assertThat(metadata.path("EncryptionType").asText()).isEqualTo("SSE-S3");
        assertThat(restores.get(0).path("ResourceType").asText()).isEqualTo("S3");
        assertThat(json(response.getBody()).path("jobs").get(0).path("overrides").path("DestinationBucketName")
                .asText()).isEqualTo("orders-exports-restored-" + timestamp);
    }

    @Test
    void onlyConfigWritesTheSetUpToTheReportBucket() {
        s3.putObject(b -> b.bucket(bucket).key("terragrunt/acme/config.yaml"), RequestBody.fromString("plan: daily\n"));

        JsonNode accepted = json(invoke("post-backups-only-config.json").getBody());

        assertThat(accepted.path("status").asText()).isEqualTo("Success");
        StoredObject stored = aws.s3().objects().stream()
                .filter(o -> o.bucket().equals(bucket) && o.key().equals("config-backups/" + BACKUP_TS + ".json"))
                .findFirst().orElseThrow();
        JsonNode document = json(new String(stored.content(), StandardCharsets.UTF_8));
        assertThat(document.path("backupVault").path("Locked").asBoolean()).isTrue();
        assertThat(document.path("backupVaultAccessPolicy").path("Policy").asText()).contains("DenyDeleteRecoveryPoints");
        assertThat(document.path("backupPlan").path("BackupPlan").path("BackupPlanName").asText()).isEqualTo("sentinel-plan");
        assertThat(document.path("backupSelections")).hasSize(2);
        assertThat(document.path("configObjects").get(0).path("content").asText()).isEqualTo("plan: daily\n");
        assertThat(newCalls("StartBackupJob")).isEmpty();
    }

    @Test
    void theAuditTrailNamesTheCaller() {
        invoke("post-backups.json");

        JsonNode audit = json(invoke("get-audit.json").getBody());

        assertThat(audit.path("requests").get(0).path("requestedBy").path("userArn").asText())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice");
    }
}
