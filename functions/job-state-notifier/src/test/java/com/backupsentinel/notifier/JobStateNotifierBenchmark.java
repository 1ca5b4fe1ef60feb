package com.backupsentinel.notifier;

import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm per-event handler time, excluding the network: the real handler, parser, service, enrichment, severity
 * policy and renderer, with in-memory adapters behind the look-up, dedup and publish interfaces. Every event is
 * new (unique event and job ids), so each one is parsed, claimed, enriched, rendered and published. Prints
 * figures; asserts nothing.
 *
 * <pre>
 * mvn -B -q -o -pl functions/job-state-notifier test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.backupsentinel.notifier.JobStateNotifierBenchmark 2&gt;/dev/null
 * </pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class JobStateNotifierBenchmark {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 10_000;
    private static final List<String> ID_FIELDS = List.of("backupJobId", "copyJobId", "restoreJobId",
            "recoveryPointArn", "backupVaultName", "backupPlanId");

    private JobStateNotifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    static void run(PrintStream out) throws IOException {
        List<JsonNode> templates = templates();
        Fixtures fixtures = new Fixtures(NotificationLevel.ALL, BenignPatterns.none(),
                new InMemoryBackupLookup().answerEverythingWith(AlertServiceTest.success()));
        JobStateNotifierHandler handler = new JobStateNotifierHandler(fixtures.service,
            InvocationBudget.keeping(Duration.ZERO), fixtures.metrics, () -> { });
        FakeContext context = new FakeContext("benchmark");
        List<byte[]> events = events(templates, WARM_UP + MEASURED);
        for (int i = 0; i < WARM_UP; i++) {
            invoke(handler, events.get(i), context);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            byte[] event = events.get(WARM_UP + i);
            long start = System.nanoTime();
            invoke(handler, event, context);
            nanos[i] = System.nanoTime() - start;
            if (i % 1_000 == 999) {
                fixtures.publisher.clear();
            }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "JobStateNotifierFunction warm handler time, %d events (%d sample shapes, %d warm-up),"
                + " in-memory adapters, Java %s%n", MEASURED, templates.size(), WARM_UP,
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "  median %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms%n",
                ms(percentile(nanos, 50)), ms(percentile(nanos, 90)), ms(percentile(nanos, 99)),
                ms(nanos[nanos.length - 1]), ms(Arrays.stream(nanos).average().orElse(0)));
        out.printf(Locale.ROOT, "  dedup entries %d, published %.0f alerts%n", fixtures.dedup.size(),
                fixtures.metrics.total(NotifierMetrics.ALERTS_PUBLISHED));
    }

    private static void invoke(JobStateNotifierHandler handler, byte[] event, FakeContext context)
            throws IOException {
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(256), context);
    }

    /** Every sample event that publishes: this function's events (not the rejected ones) and AWS's samples. */
    private static List<JsonNode> templates() throws IOException {
        List<JsonNode> templates = new ArrayList<>();
        List<Path> files = new ArrayList<>(TestEvents.jsonFiles(TestEvents.FUNCTION_EVENTS));
        files.addAll(TestEvents.jsonFiles(TestEvents.AWS_SAMPLES));
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.startsWith("malformed") && !name.startsWith("other-source")) {
                templates.add(Json.mapper().readTree(TestEvents.bytes(file)));
            }
        }
        return templates;
    }

    /** {@code count} events cycling through the templates, each with its own event, job, vault, plan and resource ids. */
    private static List<byte[]> events(List<JsonNode> templates, int count) throws IOException {
        List<byte[]> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode event = templates.get(i % templates.size()).deepCopy();
            int suffix = i;
            event.put("id", event.path("id").asText() + "-" + i);
            ArrayNode resources = Json.mapper().createArrayNode();
            event.path("resources").forEach(resource -> resources.add(resource.asText() + "-" + suffix));
            event.set("resources", resources);
            ObjectNode detail = (ObjectNode) event.path("detail");
            for (String field : ID_FIELDS) {
                if (detail.hasNonNull(field)) {
                    detail.put(field, detail.path(field).asText() + "-" + i);
                }
            }
            events.add(Json.mapper().writeValueAsBytes(event));
        }
        return events;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(double nanos) {
        return nanos / 1_000_000.0;
    }
}
