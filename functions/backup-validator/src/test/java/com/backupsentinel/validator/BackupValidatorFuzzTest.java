package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.hostile.HostileJson;
import com.backupsentinel.validator.controls.Fixtures;
import com.backupsentinel.validator.controls.InMemoryInventory;
import com.backupsentinel.validator.report.MemoryReportStore;
import com.backupsentinel.validator.report.ReportWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * BackupValidatorFunction fed what a schedule or an operator's {@code aws lambda invoke} could send, as the Lambda
 * runtime hands it over (a JSON object read into a map): the EventBridge Scheduled Event with its fields changed,
 * direct payloads with every field missing, mistyped, huge or hostile, unknown fields. Each one either runs (and
 * publishes one digest) or fails with {@link InvalidRequestException} naming the problem in a bounded message, which
 * Lambda reports to the caller (or, for the schedule, to the retry and the errors alarm). Never a hang.
 */
class BackupValidatorFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PAYLOAD_FIELDS = List.of("send_full_report", "lookback_hours", "accounts",
            "regions", "controls");
    private static final List<String> SCHEDULE_FIELDS = List.of("version", "id", "detail-type", "source", "account",
            "time", "region", "resources", "detail");

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void everyPayloadRunsOnceOrIsRefusedNamingTheProblem(@ForAll("payloads") Map<String, Object> payload) {
        AtomicInteger digests = new AtomicInteger();
        Map<String, String> env = BackupValidatorConfigTest.minimal();
        ValidationService service = new ValidationService(BackupValidatorConfig.from(Environment.of(env)),
                new InMemoryInventory(), new ReportWriter(new MemoryReportStore(), 24), notification -> {
                    digests.incrementAndGet();
                    return "message-" + digests.get();
                }, new ValidationMetrics(new RecordingMetrics()), event -> { },
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        BackupValidatorHandler handler = new BackupValidatorHandler(service, InvocationBudget.keeping(Duration.ZERO),
                new DigestRun(), () -> { });

        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> handler.handleRequest(payload, new TestContext(900_000))));

        if (thrown != null) {
            Statistics.collect("refused");
            assertThat(thrown).isInstanceOf(InvalidRequestException.class);
            assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(2_000);
            assertThat(digests.get()).isZero();
            return;
        }
        Statistics.collect("validated");
        assertThat(digests.get()).isEqualTo(1);
        Statistics.coverage(coverage -> {
            coverage.check("validated").percentage(p -> p >= 10);
            coverage.check("refused").percentage(p -> p >= 20);
        });
    }

    @Provide
    Arbitrary<Map<String, Object>> payloads() {
        ObjectNode direct = NODES.objectNode();
        direct.put("send_full_report", true).put("lookback_hours", 72);
        direct.putArray("regions").add("us-west-2");
        direct.putArray("controls").add("rpo").add("job_outcomes");
        ObjectNode scheduled = NODES.objectNode();
        scheduled.put("version", "0").put("id", "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa")
                .put("detail-type", "Scheduled Event").put("source", "aws.events").put("account", "123456789012")
                .put("time", "2026-11-21T06:00:00Z").put("region", "us-west-2").putObject("detail");
        scheduled.putArray("resources").add("arn:aws:events:us-west-2:123456789012:rule/daily-validation");
        Arbitrary<JsonNode> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(NODES.booleanNode(false), NODES.numberNode(1), NODES.numberNode(2160),
                        NODES.numberNode(2161), NODES.numberNode(24.0), NODES.numberNode(24.5),
                        NODES.arrayNode().add("*"), NODES.arrayNode().add("123456789012"),
                        NODES.arrayNode().add("eu-west-1").add("us-east-1"), NODES.arrayNode().add("coverage"),
                        NODES.arrayNode().add("nonsense"), NODES.arrayNode(), NODES.textNode("Scheduled Event"),
                        NODES.textNode("aws.events"))),
                Tuple.of(3, HostileJson.values()));
        Arbitrary<JsonNode> objects = Arbitraries.frequencyOf(
                Tuple.of(4, HostileJson.mutated(direct, PAYLOAD_FIELDS, values)),
                Tuple.of(3, HostileJson.mutated(scheduled, SCHEDULE_FIELDS, values)),
                Tuple.of(1, HostileJson.objectOf(PAYLOAD_FIELDS, values)),
                Tuple.of(1, Arbitraries.just(NODES.objectNode())));
        return objects.map(node -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = Json.mapper().convertValue(node, Map.class);
            return map;
        });
    }
}
