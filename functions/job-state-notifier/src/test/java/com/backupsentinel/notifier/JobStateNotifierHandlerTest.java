package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.InvalidBackupEventException;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.json.JsonTrees;
import com.backupsentinel.shared.json.JsonWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drives the handler with every file in events/job-state-notifier and in events/aws-samples, byte for byte as
 * EventBridge delivers them to a stream handler.
 */
class JobStateNotifierHandlerTest {

    private final Fixtures fixtures = new Fixtures(NotificationLevel.ALL,
            BenignPatterns.none(), new InMemoryBackupLookup().answerEverythingWith(AlertServiceTest.success())
            .describe("24c4824f-131b-41a9-8995-e8e494e2a784", InMemoryBackupLookup.planNamed("arrakis-backup-plan-staging"))
            .describe("86e41ac0-3ea3-4c08-895f-8209c158c141",
                    InMemoryBackupLookup.planNamed("arrakis-backup-plan-production")));
    private final JobStateNotifierHandler handler = new JobStateNotifierHandler(fixtures.service,
            InvocationBudget.keeping(Duration.ZERO), fixtures.metrics, () -> { });

    private static final Map<String, String> FUNCTION_EVENTS = Map.ofEntries(
            Map.entry("backup-job-aborted.json", "[ERROR] Backup job ABORTED: EBS vol-057b4f217362113f3 (us-west-2)"),
            Map.entry("backup-job-completed-with-issues.json",
                    "[WARNING] Backup job COMPLETED with issues: EBS vol-0da94cd7a54c85f30 (us-west-2)"),
            Map.entry("backup-job-completed.json",
                    "[INFO] Backup job COMPLETED: RDS arrakis-user-production (us-west-2)"),
            Map.entry("backup-job-created.json",
                    "[INFO] Backup job CREATED: 7093F35A-95F4-4F37-9923-54C3DFEBBD96 (us-west-2)"),
            Map.entry("backup-job-expired.json",
                    "[ERROR] Backup job EXPIRED: S3 arrakis-exports-production (us-west-2)"),
            Map.entry("backup-job-failed.json",
                    "[ERROR] Backup job FAILED: RDS arrakis-billing-production (us-west-2)"),
            Map.entry("backup-job-partial.json",
                    "[WARNING] Backup job PARTIAL: S3 arrakis-exports-production (us-west-2)"),
            Map.entry("backup-job-running.json", "[INFO] Backup job RUNNING: EFS fs-0cc3f91b2d2ec923b (us-west-2)"),
            Map.entry("backup-plan-deleted.json",
                    "[ERROR] Backup plan DELETED: arrakis-backup-plan-staging (us-west-2)"),
            Map.entry("backup-plan-modified.json",
                    "[INFO] Backup plan MODIFIED: arrakis-backup-plan-production (us-west-2)"),
            Map.entry("backup-vault-created.json",
                    "[INFO] Backup vault CREATED: arrakis-backup-vault-sandbox (us-west-2)"),
            Map.entry("backup-vault-deleted.json",
                    "[ERROR] Backup vault DELETED: arrakis-backup-vault-staging (us-west-2)"),
            Map.entry("backup-vault-lock-removed.json",
                    "[ERROR] Backup vault lock removed: arrakis-backup-vault-production (us-west-2)"),
            Map.entry("copy-job-completed.json",
                    "[INFO] Copy job COMPLETED: RDS arrakis-user-production (us-west-2)"),
            Map.entry("copy-job-failed.json", "[ERROR] Copy job FAILED: EBS vol-06466e1bab24440f1 (us-west-2)"),
            Map.entry("recovery-point-completed.json",
                    "[INFO] Recovery point COMPLETED: RDS arrakis-user-production (us-west-2)"),
            Map.entry("recovery-point-expired.json",
                    "[WARNING] Recovery point EXPIRED: EFS fs-0cc3f91b2d2ec923b (us-west-2)"),
            Map.entry("restore-job-completed.json",
                    "[INFO] Restore job COMPLETED: DynamoDB arrakis-orders-staging (us-west-2)"),
            Map.entry("restore-job-failed.json",
                    "[ERROR] Restore job FAILED: EFS 0331C80A-697A-4949-8E06-D10B32A38C6F (us-west-2)"),
            Map.entry("unknown-detail-type.json",
                    "[INFO] AWS Backup Region Setting State Change MODIFIED (us-west-2)"));

    private static final Map<String, String> REJECTED_EVENTS = Map.of(
            "malformed-missing-job-id.json", "Backup Job State Change event 62f6aa7c-bf5e-807a-1636-0a7fb30c2ac0 "
                    + "lacks detail.backupJobId, so it cannot be identified or deduplicated",
            "malformed-size.json", "detail.backupSizeInBytes must be a whole number (a JSON number or numeric text), "
                    + "got \"about 20 GB\"",
            "other-source.json", "Event source 'aws.s3' is not aws.backup: this function handles AWS Backup events "
                    + "only");

    private static final Map<String, String> AWS_SAMPLES = Map.of(
            "backup-job-completed.json", "[INFO] Backup job COMPLETED: type resource-id (us-west-2)",
            "backup-job-failed.json", "[ERROR] Backup job FAILED: type resource-id (us-west-2)",
            "copy-job-failed.json", "[ERROR] Copy job FAILED: EC2 i-0515aee7de03f58e1 (us-west-2)",
            "recovery-point-completed.json", "[INFO] Recovery point COMPLETED: Aurora id (us-west-2)",
            "restore-job-completed.json", "[INFO] Restore job COMPLETED: RDS example-database (us-west-2)");

    @Test
    void hasAnExpectationForEveryFileInBothEventFolders() {
        assertThat(names(TestEvents.jsonFiles(TestEvents.FUNCTION_EVENTS)))
                .containsExactlyInAnyOrderElementsOf(union(FUNCTION_EVENTS, REJECTED_EVENTS));
        assertThat(names(TestEvents.jsonFiles(TestEvents.AWS_SAMPLES)))
                .containsExactlyInAnyOrderElementsOf(AWS_SAMPLES.keySet());
    }

    @Test
    void publishesTheExpectedAlertForEveryFunctionEvent() throws IOException {
        for (Map.Entry<String, String> expected : FUNCTION_EVENTS.entrySet()) {
            JsonNode response = invoke(TestEvents.FUNCTION_EVENTS.resolve(expected.getKey()));

            assertThat(response.path("status").asText()).as(expected.getKey()).isEqualTo("PUBLISHED");
            assertThat(response.path("subject").asText()).as(expected.getKey()).isEqualTo(expected.getValue());
        }
        assertThat(fixtures.publisher.published()).hasSize(FUNCTION_EVENTS.size());
    }

    @Test
    void publishesTheExpectedAlertForEveryAwsSampleAsItIs() throws IOException {
        for (Map.Entry<String, String> expected : AWS_SAMPLES.entrySet()) {
            JsonNode response = invoke(TestEvents.AWS_SAMPLES.resolve(expected.getKey()));

            assertThat(response.path("subject").asText()).as(expected.getKey()).isEqualTo(expected.getValue());
        }
        assertThat(fixtures.publisher.published()).allSatisfy(notification ->
                assertThat(notification.attributes()).containsEntry("accountId", "1112233445566"));
    }

    @ParameterizedTest
    @CsvSource({"malformed-missing-job-id.json", "malformed-size.json", "other-source.json"})
    void failsWithAClearMessageOnAnEventItCannotAlertOn(String file) {
        assertThatThrownBy(() -> invoke(TestEvents.FUNCTION_EVENTS.resolve(file)))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage(REJECTED_EVENTS.get(file));
        assertThat(fixtures.publisher.published()).isEmpty();
    }

    @Test
    void failsOnABodyThatIsNotJson() {
        assertThatThrownBy(() -> invoke("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event is not valid JSON: unexpected word 'not' at line 1, column 1: expected a value (an "
                        + "object, array, string, number, true, false or null)");
    }

    @Test
    void answersWhatItDidAsJson() throws IOException {
        JsonNode response = invoke(TestEvents.FUNCTION_EVENTS.resolve("backup-job-failed.json"));

        assertThat(response).isEqualTo(Json.mapper().readTree("{\"status\":\"PUBLISHED\","
                + "\"dedupKey\":\"backup-job#123456789012#FE603449-9C6D-4A69-9561-31C1BDC7E9FC#FAILED\",\"severity\":\"ERROR\","
                + "\"messageId\":\"message-1\","
                + "\"subject\":\"[ERROR] Backup job FAILED: RDS arrakis-billing-production (us-west-2)\"}"));
    }

    @Test
    void publishesOnceWhenTheSameEventIsDeliveredTwice() throws IOException {
        Path failed = TestEvents.FUNCTION_EVENTS.resolve("copy-job-failed.json");

        JsonNode first = invoke(failed);
        JsonNode second = invoke(failed);

        assertThat(first.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(second.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(fixtures.publisher.published()).hasSize(1);
    }

    @Test
    void runsTheMetricsFlushAfterEveryInvocationEvenAFailedOne() {
        int[] flushes = {0};
        JobStateNotifierHandler counting = new JobStateNotifierHandler(fixtures.service,
            InvocationBudget.keeping(Duration.ZERO), fixtures.metrics, () -> flushes[0]++);

        assertThatThrownBy(() -> counting.handleRequest(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new FakeContext("r-1"))).isInstanceOf(InvalidBackupEventException.class);

        assertThat(flushes[0]).isEqualTo(1);
    }

    @Test
    void writesItsResponseByteForByteAsJacksonWroteIt() throws IOException {
        String hostile = "[ERROR] \"x\" \\ </b> caf\u00e9 \u2028 \ud83d\ude00 \ud800 \u0001\t";
        for (AlertOutcome outcome : List.of(AlertOutcome.published("key#1", Severity.ERROR, "m-1", hostile),
                AlertOutcome.duplicate("key#\ud83d\ude00"), AlertOutcome.belowLevel("k", Severity.INFO))) {
            ObjectNode jackson = JsonTrees.object();
            jackson.put("status", outcome.status().name());
            jackson.put("dedupKey", outcome.dedupKey());
            outcome.severity().ifPresent(severity -> jackson.put("severity", severity.name()));
            outcome.messageId().ifPresent(id -> jackson.put("messageId", id));
            outcome.subject().ifPresent(subject -> jackson.put("subject", subject));

            assertThat(JsonWriter.writeBytes(JobStateNotifierHandler.response(outcome)))
                    .isEqualTo(JsonTrees.writeBytes(jackson));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(TestEvents.bytes(TestEvents.FUNCTION_EVENTS
                .resolve("backup-job-failed.json"))), output, new FakeContext("request-1"));
        assertThat(output.toByteArray()).isEqualTo(JsonTrees.writeBytes(JsonTrees.read(output.toByteArray())));
    }

    private JsonNode invoke(Path file) throws IOException {
        return invoke(TestEvents.bytes(file));
    }

    private JsonNode invoke(byte[] event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), output, new FakeContext("request-1"));
        return Json.mapper().readTree(output.toByteArray());
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).collect(Collectors.toList());
    }

    private static List<String> union(Map<String, String> first, Map<String, String> second) {
        return Stream.concat(first.keySet().stream(), second.keySet().stream()).toList();
    }
}
