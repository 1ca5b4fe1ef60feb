package com.backupsentinel.ondemand;

import com.backupsentinel.shared.aws.InvocationBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.ondemand.service.BackupSelectionRules;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.InMemoryObjectStore;
import com.backupsentinel.ondemand.service.InMemoryRequestStore;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.RecoveryPoint;
import com.backupsentinel.ondemand.service.RequestKind;
import com.backupsentinel.ondemand.service.RequestStore;
import com.backupsentinel.ondemand.service.ScriptedBackupGateway;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every route and every error, driven by the API Gateway HTTP API events of events/on-demand-backup/. */
class OnDemandBackupHandlerTest {

    private static final String RDS = "arn:aws:rds:us-west-2:123456789012:db:arrakis-oms-production";
    private static final String EBS = "arn:aws:ec2:us-west-2:123456789012:volume/vol-07d6487512a7eff0e";
    private static final String BACKUP_TS = "2026-11-21t09-30-00";

    private final ScriptedBackupGateway backup = new ScriptedBackupGateway();
    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final InMemoryObjectStore bucket = new InMemoryObjectStore("reports-bucket");
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final AtomicInteger flushes = new AtomicInteger();
    private final List<AuditEvent> audited = new ArrayList<>();
    private OnDemandBackupHandler handler = handler(store);

    private OnDemandBackupHandler handler(RequestStore requests) {
        OnDemandService service = new OnDemandService(Fixtures.settings(), backup, List::of, requests, bucket, metrics,
                clock);
        return new OnDemandBackupHandler(new OnDemandApi(service, requests, metrics, audited::add, clock,
                InvocationBudget.keeping(Duration.ZERO)), flushes::incrementAndGet);
    }

    private APIGatewayV2HTTPResponse invoke(String eventFile) {
        return handler.handleRequest(Events.load(eventFile), new TestContext());
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return Json.mapper().readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void completeEveryJob() {
        store.find(RequestKind.BACKUP, BACKUP_TS).orElseThrow().jobs()
                .forEach(job -> {
                    backup.setState(job.jobId(), "COMPLETED", "100.0", "");
                    backup.addRecoveryPoint(new RecoveryPoint(job.recoveryPointArn(), job.resourceArn(),
                            job.resourceType(), "COMPLETED"), Map.of("DBInstanceIdentifier", "arrakis-oms-production"));
                });
    }

    @Test
    void postBackupsAnswers202WithTheSeedsMessageAndTheStartedJobs() {
        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json")
                .containsEntry("Location", "/backups/" + BACKUP_TS);
        JsonNode body = json(response);
        assertThat(body.path("code").asInt()).isEqualTo(202);
        assertThat(body.path("message").asText()).isEqualTo("Request Accepted with timestamp " + BACKUP_TS);
        assertThat(body.path("timestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(body.path("status").asText()).isEqualTo("Pending");
        assertThat(body.path("requestedBy").path("userArn").asText())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice");
        assertThat(body.path("jobs")).extracting(job -> job.path("resourceArn").asText()).containsExactly(RDS, EBS);
        assertThat(body.path("jobs").get(0).path("backupJobId").asText()).isEqualTo("backup-job-1");
        assertThat(body.path("failures")).isEmpty();
        assertThat(body.path("backupurl").asText()).isEqualTo("https://us-west-2.console.aws.amazon.com/backup/home"
                + "?region=us-west-2#/backupvaults/details/sentinel-vault");
        assertThat(flushes.get()).isEqualTo(1);
    }

    @Test
    void repeatingTheIdempotencyKeyReturnsTheOriginalResponseAndStartsNothing() {
        APIGatewayV2HTTPResponse first = invoke("post-backups.json");
        clock.advance(Duration.ofHours(2));

        APIGatewayV2HTTPResponse repeat = invoke("post-backups.json");

        assertThat(repeat.getStatusCode()).isEqualTo(202);
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders()).containsEntry("Idempotent-Replay", "true");
        assertThat(backup.backupCalls()).hasSize(2);
    }

    @Test
    void repeatingTheSameBodyWithoutKeyWithinTenMinutesIsAReplayAndLaterANewRequest() {
        backup.addSelection(new BackupSelectionRules("sel-1", "databases", List.of(RDS), List.of(), List.of(),
                List.of()));
        assertThat(invoke("post-backups-plan.json").getStatusCode()).isEqualTo(202);
        clock.advance(Duration.ofMinutes(9));
        APIGatewayV2HTTPResponse repeat = invoke("post-backups-plan.json");
        clock.advance(Duration.ofMinutes(2));
        APIGatewayV2HTTPResponse later = invoke("post-backups-plan.json");

        assertThat(json(repeat).path("timestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(json(later).path("timestamp").asText()).isEqualTo("2026-11-21t09-41-00");
        assertThat(backup.backupCalls()).hasSize(2);
        assertThat(backup.backupCalls().get(0).idempotencyToken())
                .isNotEqualTo(backup.backupCalls().get(1).idempotencyToken());
    }

    @Test
    void onlyConfigWritesTheConfigurationDocumentAndLinksToIt() {
        APIGatewayV2HTTPResponse response = invoke("post-backups-only-config.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.path("status").asText()).isEqualTo("Success");
        assertThat(body.path("onlyConfig").asBoolean()).isTrue();
        assertThat(body.path("configBackup").path("key").asText()).isEqualTo("config-backups/" + BACKUP_TS + ".json");
        assertThat(body.path("backupurl").asText()).isEqualTo("https://s3.console.aws.amazon.com/s3/object/"
                + "reports-bucket?region=us-west-2&prefix=config-backups/" + BACKUP_TS + ".json");
        assertThat(bucket.read("config-backups/" + BACKUP_TS + ".json")).isPresent();
        assertThat(backup.backupCalls()).isEmpty();
    }

    @Test
    void getBackupStatusReportsEachJobsStateFromAwsBackup() {
        invoke("post-backups.json");
        backup.setState("backup-job-1", "RUNNING", "37.5", "Snapshotting");
        backup.setState("backup-job-2", "FAILED", "0.0", "Volume not found");

        APIGatewayV2HTTPResponse response = invoke("get-backup-status.json");

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("status").asText()).isEqualTo("PartialFailure");
        assertThat(body.has("code")).isFalse();
        JsonNode first = body.path("jobs").get(0);
        assertThat(first.path("state").asText()).isEqualTo("RUNNING");
        assertThat(first.path("percentDone").asText()).isEqualTo("37.5");
        assertThat(first.path("statusMessage").asText()).isEqualTo("Snapshotting");
        assertThat(body.path("jobs").get(1).path("statusMessage").asText()).isEqualTo("Volume not found");
    }

    @Test
    void getLatestBackupAnswersTheNewestRequest() {
        invoke("post-backups.json");
        completeEveryJob();

        JsonNode body = json(invoke("get-backups-latest.json"));

        assertThat(body.path("timestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(body.path("status").asText()).isEqualTo("Success");
    }

    @Test
    void postRestoresStartsRestoreJobsAndGetRestoreStatusFollowsThem() {
        invoke("post-backups.json");
        completeEveryJob();
        clock.advance(Duration.ofMinutes(15));

        APIGatewayV2HTTPResponse started = invoke("post-restores.json");

        assertThat(started.getStatusCode()).isEqualTo(202);
        JsonNode body = json(started);
        assertThat(body.path("message").asText()).isEqualTo("Request Accepted with timestamp 2026-11-21t09-45-00");
        assertThat(body.path("source").path("backupTimestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(body.path("jobs")).hasSize(1);
        assertThat(body.path("jobs").get(0).path("restoreJobId").asText()).isEqualTo("restore-job-3");
        assertThat(body.path("jobs").get(0).path("overrides").path("DBInstanceIdentifier").asText())
                .isEqualTo("arrakis-oms-production-restored");
        assertThat(body.path("skipped").get(0).path("reason").asText()).isEqualTo("skip: EBS");
        assertThat(backup.restoreCalls().get(0).iamRoleArn()).isEqualTo(Fixtures.RESTORE_ROLE);

        backup.setState("restore-job-3", "RUNNING", "12.00%", "");
        JsonNode status = json(invoke("get-restore-status.json"));
        assertThat(status.path("status").asText()).isEqualTo("Running");
        assertThat(status.path("jobs").get(0).path("percentDone").asText()).isEqualTo("12.00%");
    }

    @Test
    void postRestoresRestoresOneRecoveryPointGivenByArn() {
        String point = "arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-653f09f3-d30c-4b0e-83c6-5620b20a7a19";
        backup.addRecoveryPoint(new RecoveryPoint(point, RDS, "RDS", "COMPLETED"), Map.of());

        APIGatewayV2HTTPResponse response = invoke("post-restores-recovery-point.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(json(response).path("source").path("recoveryPointArn").asText()).isEqualTo(point);
        assertThat(backup.restoreCalls()).extracting(call -> call.recoveryPointArn()).containsExactly(point);
    }

    @Test
    void getAuditListsWhoStartedWhat() {
        invoke("post-backups.json");

        JsonNode body = json(invoke("get-audit.json"));

        assertThat(body.path("count").asInt()).isEqualTo(1);
        JsonNode entry = body.path("requests").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("backup");
        assertThat(entry.path("timestamp").asText()).isEqualTo(BACKUP_TS);
        assertThat(entry.path("requestedBy").path("userArn").asText())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice");
        assertThat(entry.path("requestedBy").path("sourceIp").asText()).isEqualTo("203.0.113.10");
        assertThat(entry.path("jobs").asInt()).isEqualTo(2);
    }

    @Test
    void aBodyWithWrongTypesIs400NamingTheField() {
        APIGatewayV2HTTPResponse response = invoke("post-backups-bad-body.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"code\":400,\"error\":\"BadRequest\",\"message\":\"resources must be "
                + "an array of strings, got the string \\\"" + RDS + "\\\"\",\"field\":\"resources\"}");
        assertThat(backup.backupCalls()).isEmpty();
    }

    @Test
    void malformedJsonIs400WithThePosition() {
        APIGatewayV2HTTPResponse response = invoke("post-backups-malformed-json.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("field").asText()).isEqualTo("body");
        assertThat(body.path("message").asText()).isEqualTo("body is not valid JSON (line 1, column 79): Unexpected "
                + "character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object ...");
    }

    @Test
    void aRestoreWithoutConfirmIsRefused() {
        APIGatewayV2HTTPResponse response = invoke("post-restores-missing-confirm.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).isEqualTo(
                "confirm must be true: a restore creates resources from a backup, so it needs an explicit yes");
        assertThat(json(response).path("field").asText()).isEqualTo("confirm");
        assertThat(backup.restoreCalls()).isEmpty();
    }

    @Test
    void everyRequestIsRecordedWithItsCallerRouteAndOutcome() {
        invoke("post-backups.json");
        invoke("get-unknown-route.json");

        assertThat(audited).hasSize(2);
        AuditEvent started = audited.get(0);
        assertThat(started.opType()).isEqualTo("OnDemandBackup.StartBackup");
        assertThat(started.responseCode()).isEqualTo(202);
        assertThat(started.caller()).startsWith("arn:aws:");
        assertThat(started.source()).isEqualTo("OnDemandBackupFunction");
        assertThat(started.eventId()).startsWith("ondemand-");
        assertThat(started.requestParams()).containsEntry("method", "POST").containsEntry("path", "/backups");
        assertThat(audited.get(1).opType()).isEqualTo("OnDemandBackup.Unrouted");
        assertThat(audited.get(1).responseCode()).isEqualTo(404);
    }

    @Test
    void aFailingAuditRecorderNeverChangesTheAnswer() {
        OnDemandService service = new OnDemandService(Fixtures.settings(), backup, List::of, store, bucket, metrics,
                clock);
        handler = new OnDemandBackupHandler(new OnDemandApi(service, store, metrics,
                new FailSafeAuditRecorder(new UnreachableAuditStore(), metrics), clock,
                InvocationBudget.keeping(Duration.ZERO)), flushes::incrementAndGet);

        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(metrics.total(FailSafeAuditRecorder.WRITE_FAILURES)).isEqualTo(1);
    }

    @Test
    void anUnknownRouteIs404ListingTheRoutes() {
        APIGatewayV2HTTPResponse response = invoke("get-unknown-route.json");

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asText()).isEqualTo("No route for /snapshots; routes: POST /backups, "
                + "GET /backups/latest, GET /backups/{timestamp}, POST /restores, GET /restores/{timestamp}, GET /audit");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        APIGatewayV2HTTPResponse response = invoke("delete-backups-wrong-method.json");

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "POST");
        assertThat(json(response).path("message").asText()).isEqualTo("Method DELETE is not allowed on /backups; use POST");
    }

    @Test
    void anOversizedBodyIs413() {
        APIGatewayV2HTTPResponse response = invoke("post-backups-oversized.json");

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(json(response).path("message").asText()).isEqualTo("body is larger than 16384 bytes");
        assertThat(backup.backupCalls()).isEmpty();
    }

    @ParameterizedTest(name = "{0} letters")
    @ValueSource(ints = {30 * 1024, 64 * 1024, 2 * 1024 * 1024})
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aBodyOfLettersAnswers413AtOnceAndIsAuditedCut(int letters) {
        APIGatewayV2HTTPEvent event = Events.load("post-backups.json");
        event.setBody("a".repeat(letters));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(json(response).path("message").asText()).isEqualTo("body is larger than 16384 bytes");
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).opType()).isEqualTo("OnDemandBackup.StartBackup");
        assertThat(audited.get(0).responseCode()).isEqualTo(413);
        assertThat(audited.get(0).requestPayload()).isEqualTo("a".repeat(AuditEvent.MAX_PAYLOAD_CHARS)
                + "...[truncated " + (letters - AuditEvent.MAX_PAYLOAD_CHARS) + " chars]");
        assertThat(backup.backupCalls()).isEmpty();
    }

    @Test
    void anUnknownTimestampIs404AndAMalformedOne400() {
        APIGatewayV2HTTPResponse unknown = invoke("get-backup-unknown-timestamp.json");
        APIGatewayV2HTTPResponse malformed = invoke("get-backup-malformed-timestamp.json");

        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).isEqualTo("No backup request with timestamp 2019-01-01t00-00-00");
        assertThat(malformed.getStatusCode()).isEqualTo(400);
        assertThat(json(malformed).path("message").asText())
                .isEqualTo("timestamp must look like 2023-02-02t17-03-15 (UTC), got 'yesterday'");
    }

    @Test
    void theLatestBackupIs404BeforeAnyRequest() {
        APIGatewayV2HTTPResponse response = invoke("get-backups-latest.json");

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asText()).isEqualTo("No backup request has been made yet");
    }

    @Test
    void someRefusedJobsStillAnswer202ListingEachFailure() {
        backup.failNext("StartBackupJob", RDS, "ThrottlingException", 400, "Rate exceeded");

        JsonNode body = json(invoke("post-backups.json"));

        assertThat(body.path("code").asInt()).isEqualTo(202);
        assertThat(body.path("status").asText()).isEqualTo("PartialFailure");
        assertThat(body.path("jobs")).extracting(job -> job.path("resourceArn").asText()).containsExactly(EBS);
        JsonNode failure = body.path("failures").get(0);
        assertThat(failure.path("resourceArn").asText()).isEqualTo(RDS);
        assertThat(failure.path("error").asText()).isEqualTo("ThrottlingException");
        assertThat(failure.path("message").asText()).isEqualTo("ThrottlingException: Rate exceeded");
    }

    @Test
    void everyJobRefusedIs502AndTheSameRequestMayBeSentAgain() {
        backup.failNext("StartBackupJob", RDS, "AccessDeniedException", 403,
                "User: arn:aws:sts::999988887777:assumed-role/X/y is not authorized to perform: backup:StartBackupJob");
        backup.failNext("StartBackupJob", EBS, "AccessDeniedException", 403, "not authorized");

        APIGatewayV2HTTPResponse refused = invoke("post-backups.json");

        assertThat(refused.getStatusCode()).isEqualTo(502);
        JsonNode body = json(refused);
        assertThat(body.path("message").asText()).isEqualTo("AWS refused every job of request " + BACKUP_TS
                + ": AccessDeniedException: User: <redacted-arn> is not authorized to perform: backup:StartBackupJob");
        assertThat(refused.getBody()).doesNotContain("999988887777").doesNotContain("Exception\\n\\tat");
        assertThat(body.path("status").asText()).isEqualTo("Failed");
        assertThat(store.heldClaims()).isZero();

        clock.advance(Duration.ofSeconds(5));
        assertThat(invoke("post-backups.json").getStatusCode()).isEqualTo(202);
    }

    @Test
    void anAwsErrorWhileReadingStatusIs502WithAShortReason() {
        invoke("post-backups.json");
        backup.failNext("DescribeBackupJob", "backup-job-1", "ThrottlingException", 400, "Rate exceeded");

        APIGatewayV2HTTPResponse response = invoke("get-backup-status.json");

        assertThat(response.getStatusCode()).isEqualTo(502);
        assertThat(response.getBody()).isEqualTo("{\"code\":502,\"error\":\"BadGateway\",\"message\":"
                + "\"AWS Backup DescribeBackupJob failed: ThrottlingException: Rate exceeded\"}");
    }

    @Test
    void aRequestWithoutIamIdentityIs403() {
        APIGatewayV2HTTPEvent event = Events.load("get-backups-latest.json");
        event.getRequestContext().setAuthorizer(null);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(json(response).path("message").asText())
                .isEqualTo("the request carries no IAM identity: call the API with AWS_IAM (SigV4) authorization");
    }

    @Test
    void anUnexpectedErrorIs500WithTheRequestIdOnly() {
        RequestStore broken = mock(RequestStore.class);
        when(broken.claim(any())).thenThrow(new IllegalStateException("secret internal detail"));
        handler = handler(broken);

        APIGatewayV2HTTPResponse response = invoke("post-backups.json");

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).isEqualTo("{\"code\":500,\"error\":\"InternalServerError\","
                + "\"message\":\"internal error; quote request id PbK1aHhGoAMEb1A=\"}");
        assertThat(metrics.total("ServerErrors")).isEqualTo(1.0);
    }
}
