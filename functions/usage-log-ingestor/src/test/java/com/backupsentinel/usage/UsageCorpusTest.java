package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 1,000 generated logs over 30 days, 20 customers and 50 users, 5% malformed, delivered through the handler in SQS
 * batches out of order and with duplicates: the report equals the seed's rule applied to the valid logs, and every
 * malformed log is in quarantine with its reason.
 */
class UsageCorpusTest {

    @Test
    void ingestsAShuffledCorpusWithDuplicatesAndReportsWhatTheSeedsRuleGives() throws IOException {
        Harness harness = new Harness();
        UsageCorpus corpus = UsageCorpus.generate(20251121L, 1000, 30, 20, 50, 0.05, false);
        List<Map<String, Object>> messages = upload(harness, corpus);
        Random random = new Random(7);
        List<Map<String, Object>> deliveries = new ArrayList<>(messages);
        for (int i = 0; i < messages.size() / 10; i++) {
            deliveries.add(messages.get(random.nextInt(messages.size())));
        }
        Collections.shuffle(deliveries, random);
        UsageLogIngestorHandler handler = new UsageLogIngestorHandler(harness.ingestor, InvocationBudget.keeping(Duration.ZERO), () -> { });

        for (int from = 0; from < deliveries.size(); from += 10) {
            Map<String, Object> batch = Map.of("Records", deliveries.subList(from, Math.min(from + 10,
                    deliveries.size())));
            assertThat(handler.handleRequest(batch, new TestContext())).isEqualTo(Map.of("batchItemFailures",
                    List.of()));
        }
        Map<String, Object> report = handler.handleRequest(Map.of("action", "report"), new TestContext());

        assertThat(harness.read((String) report.get("key"))).contains(corpus.expectedCsv());
        assertThat(report.get("rowCount")).isEqualTo((int) corpus.expectedCsv().lines().count() - 1);
        for (UsageCorpus.Item item : corpus.malformed()) {
            JsonNode sidecar = Json.mapper().readTree(harness.read("quarantine/" + item.key() + ".reason.json")
                    .orElseThrow(() -> new AssertionError("no sidecar for " + item.key())));
            assertThat(sidecar.get("reason").asText()).as(item.key()).isEqualTo(item.reason().orElseThrow().name());
            assertThat(harness.read("quarantine/" + item.key())).contains(item.content());
        }
        assertThat(harness.aws.objects().list("quarantine/", Optional.empty(), 1000).objects())
                .hasSize(2 * corpus.malformed().size());
        assertThat(undimensioned(harness.metrics, UsageMetrics.QUARANTINED)).isEqualTo(corpus.malformed().size());
        assertThat(undimensioned(harness.metrics, UsageMetrics.INGESTED)).isEqualTo(corpus.valid().size());
        assertThat(undimensioned(harness.metrics, UsageMetrics.CONFIG_VERSIONS)).isEqualTo(19);
        assertThat(((List<?>) report.get("rowsWithoutConfigBackup")).stream()
                .map(row -> String.valueOf(((Map<?, ?>) row).get("customer"))).distinct()
                .collect(Collectors.toList()))
                .containsExactly("customer-20");
    }

    /** Writes every object and returns the SQS message the ingest rule would have queued for it. */
    private static List<Map<String, Object>> upload(Harness harness, UsageCorpus corpus) {
        Map<String, String> objects = new LinkedHashMap<>(corpus.configs());
        corpus.items().forEach(item -> objects.put(item.key(), item.content()));
        List<Concurrently.Attempt<Map.Entry<String, String>, Map<String, Object>>> written = Concurrently.map(
                Harness.WORKERS, new ArrayList<>(objects.entrySet()), entry -> message(harness, entry));
        return written.stream().map(Concurrently.Attempt::result).collect(Collectors.toList());
    }

    private static Map<String, Object> message(Harness harness, Map.Entry<String, String> entry) {
        IncomingObject object = harness.put(entry.getKey(), entry.getValue());
        String body = ObjectCreatedEventsTest.event("Object Created", "aws.s3", harness.aws.bucket(),
                Json.mapper().createObjectNode().put("key", object.key())
                        .put("size", entry.getValue().getBytes(StandardCharsets.UTF_8).length)
                        .put("etag", object.etag().orElseThrow()).toString());
        return Map.of("messageId", "m-" + UsageCorpus.md5(entry.getKey()), "body", body,
                "attributes", Map.of("ApproximateReceiveCount", "1"), "eventSource", "aws:sqs");
    }

    private static double undimensioned(RecordingMetrics metrics, String name) {
        return metrics.all().stream().filter(m -> m.name().equals(name) && m.dimensions().isEmpty())
                .mapToDouble(RecordingMetrics.Recorded::value).sum();
    }
}
