package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.events.AwsBackupEventParser;
import com.backupsentinel.shared.events.InvalidBackupEventException;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.standins.hostile.HostileJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * JobStateNotifierFunction fed what EventBridge (or anyone allowed to invoke it) could send, as raw bytes: AWS
 * Backup events with every field missing, mistyped, huge or hostile, unknown detail-types, other sources, garbage,
 * deep nesting, events past EventBridge's 256 KiB. Each one either ends as an outcome (published, duplicate, below
 * the notification level) whose alert is inert in chat, or fails with {@link InvalidBackupEventException} naming the
 * problem, which sends it to the dead-letter queue. Never another exception, never a hang.
 */
class JobStateNotifierFuzzTest {

    private static final Set<String> OUTCOMES = Set.of("PUBLISHED", "DUPLICATE", "BELOW_LEVEL");
    private static final List<String> DETAIL_TYPES = List.of("Backup Job State Change", "Copy Job State Change",
            "Restore Job State Change", "Recovery Point State Change", "Backup Vault State Change",
            "Backup Plan State Change", "Region Setting State Change");
    private static final List<String> DETAIL_FIELDS = List.of("backupJobId", "copyJobId", "restoreJobId", "state",
            "status", "resourceArn", "resourceType", "backupVaultName", "backupVaultArn", "statusMessage",
            "messageCategory", "creationDate", "completionDate", "backupSizeInBytes", "percentDone", "iamRoleArn",
            "backupPlanId", "backupPlanName", "recoveryPointArn", "expectedCompletionDate", "startBy", "eventType",
            "destinationBackupVaultArn", "createdResourceArn");

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void everyEventEndsAsAnOutcomeOrARefusalForTheDeadLetterQueue(@ForAll("events") RawEvent event) {
        Fixtures fixtures = Fixtures.all();
        JobStateNotifierHandler handler = new JobStateNotifierHandler(fixtures.service,
                InvocationBudget.keeping(Duration.ZERO), fixtures.metrics, () -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, new FakeContext("fuzz"))));

        if (thrown != null) {
            Statistics.collect("refused");
            assertThat(thrown).isInstanceOf(InvalidBackupEventException.class);
            assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(2_000);
            return;
        }
        String status = json(out.toByteArray()).path("status").asText();
        Statistics.collect(status);
        assertThat(status).isIn(OUTCOMES);
        for (Notification alert : fixtures.publisher.published()) {
            inertInChat(json(alert.structuredJson().getBytes(StandardCharsets.UTF_8)));
            assertThat(alert.attributes().values()).allSatisfy(JobStateNotifierFuzzTest::inert);
        }
        Statistics.coverage(coverage -> {
            coverage.check("PUBLISHED").percentage(p -> p >= 10);
            coverage.check("refused").percentage(p -> p >= 10);
        });
    }

    private static void inertInChat(JsonNode chat) {
        inert(chat.path("content").path("title").asText());
        inert(chat.path("content").path("description").asText().replace("\n", " "));
        inert(chat.path("metadata").path("summary").asText());
        chat.path("content").path("keywords").forEach(keyword -> inert(keyword.asText()));
        chat.path("metadata").path("relatedResources").forEach(resource -> inert(resource.asText()));
        chat.path("metadata").path("additionalContext").forEach(value -> inert(value.asText()));
    }

    private static void inert(String text) {
        assertThat(text).doesNotContain("<", ">", "@", "\r", "\n", "\u202E", "\u2066", "\u200B", "\uFEFF");
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes Lambda hands the stream handler; shown as text (cut) when jqwik reports a sample. */
    record RawEvent(byte[] bytes) {

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return bytes.length + " bytes: " + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
        }
    }

    @Provide
    Arbitrary<RawEvent> events() {
        return Arbitraries.<byte[]>frequencyOf(
                Tuple.of(8, envelopes().map(JobStateNotifierFuzzTest::bytes)),
                Tuple.of(1, HostileJson.garbage()),
                Tuple.of(1, HostileJson.deepNesting().map(text -> text.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, envelopes().map(event -> {
                    event.put("padding", "x".repeat(AwsBackupEventParser.MAX_EVENT_BYTES));
                    return bytes(event);
                }))).map(RawEvent::new);
    }

    private Arbitrary<ObjectNode> envelopes() {
        Arbitrary<String> detailType = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(DETAIL_TYPES)),
                Tuple.of(1, HostileJson.strings()));
        Arbitrary<JsonNode> detail = Arbitraries.frequencyOf(
                Tuple.of(6, HostileJson.mutated(validDetail(), DETAIL_FIELDS, detailValues())),
                Tuple.of(2, HostileJson.objectOf(DETAIL_FIELDS, detailValues())),
                Tuple.of(1, HostileJson.values()));
        return HostileJson.envelope("aws.backup", detailType, detail);
    }

    /** A detail every detail-type accepts: each type's id, a state and a status. */
    private static ObjectNode validDetail() {
        ObjectNode detail = Json.mapper().createObjectNode();
        detail.put("backupJobId", "job-1").put("copyJobId", "job-1").put("restoreJobId", "job-1")
                .put("recoveryPointArn", "arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-1")
                .put("backupPlanId", "plan-1").put("backupVaultName", "vault-1").put("state", "FAILED")
                .put("status", "FAILED").put("resourceArn", "arn:aws:rds:us-west-2:123456789012:db:orders")
                .put("resourceType", "RDS").put("statusMessage", "Access denied");
        return detail;
    }

    private static Arbitrary<JsonNode> detailValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("job-1", "FAILED", "COMPLETED", "RUNNING", "EXPIRED", "ABORTED", "PARTIAL",
                        "CREATED", "arn:aws:rds:us-west-2:123456789012:db:orders", "RDS", "S3", "EBS",
                        "2026-11-20T01:47:12Z", "2026-11-20T01:47:12.123+0000", "1024", "50.0",
                        "arrakis-backup-vault-production").map(text -> (JsonNode) Json.mapper().getNodeFactory()
                        .textNode(text))),
                Tuple.of(4, HostileJson.values()));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
