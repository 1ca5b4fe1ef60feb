package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.LambdaTestContext;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.SnsStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The org fan-out at scale, measured (a program, not a test: it prints figures and asserts nothing about time).
 * {@code fan-out N R DIR}: local-org-run's run for N member accounts x R regions, capturing into DIR; prints the plan
 * (accounts listed, items file size, its time), the shards' own time (p50, p99, max), their child executions' time
 * (retries included) and the Map's wall time.
 * {@code aggregate DIR}: in a fresh JVM (scripts/bench-org-scale gives it -Xmx512m), only the S3 and SNS stand-ins,
 * the ResultWriter output DIR captured loaded into S3, then the aggregator run once over it; prints its wall time and
 * the heap's peak during it.
 */
public final class OrgScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "backup-sentinel-reportbucket";
    private static final String AGGREGATOR_HANDLER = "com.backupsentinel.orgvalidation.OrgAggregatorHandler";

    private OrgScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(quiet);
        System.setErr(quiet);
        int status = switch (args.length > 0 ? args[0] : "") {
            case "fan-out" -> fanOut(out, quiet, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "aggregate" -> aggregate(out, Path.of(args[1]));
            default -> {
                out.println("usage: OrgScaleBenchmark fan-out ACCOUNTS REGIONS DIR | aggregate DIR");
                yield 2;
            }
        };
        out.flush();
        Runtime.getRuntime().halt(status);
    }

    private static int fanOut(PrintStream out, PrintStream logs, int accounts, int regions, Path dir) throws Exception {
        CaptureSink.prepare(dir);
        LocalOrgRun run = new LocalOrgRun(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                logs, ProjectRoot.find().resolve("template.yaml"));
        LocalOrgRun.Result result;
        try {
            result = run.fanOut(OrgRunArguments.parse("--accounts", Integer.toString(accounts), "--regions",
                    Integer.toString(regions), "--capture", dir.toString()));
        } finally {
            CaptureSink.deactivate();
        }
        List<Long> own = new ArrayList<>();
        List<Long> child = new ArrayList<>();
        for (ChildExecution execution : result.children()) {
            child.add(Duration.between(execution.started(), execution.stopped()).toMillis());
            execution.output().map(OrgScaleBenchmark::read).map(node -> node.path("durationMillis").asLong())
                    .filter(millis -> millis > 0).ifPresent(own::add);
        }
        result.plan().ifPresent(plan -> out.printf(Locale.ROOT, "plan: %d accounts listed by Organizations (%d pages"
                + " of 20), %d shards, items file %,d bytes, %.2f s (the plan function's answer: %d bytes)%n",
                plan.path("listedAccounts").asInt(), (plan.path("listedAccounts").asInt() + 19) / 20,
                plan.path("shards").asInt(), plan.path("bytes").asLong(), result.planMillis() / 1000.0,
                plan.toString().getBytes(StandardCharsets.UTF_8).length));
        out.printf(Locale.ROOT, "fan-out: %d accounts x %d regions = %d shards, %d at once, Map wall time %.1f s%n",
                accounts, regions, result.children().size(), LocalOrgRun.LOCAL_CONCURRENCY, result.mapMillis() / 1000.0);
        out.printf(Locale.ROOT, "shard time (the shard's own, %d shards that ran): p50 %d ms, p99 %d ms, max %d ms%n",
                own.size(), percentile(own, 0.50), percentile(own, 0.99), percentile(own, 1.0));
        out.printf(Locale.ROOT, "child execution time (with retries' backoff, scaled 0.01): p50 %d ms, p99 %d ms%n",
                percentile(child, 0.50), percentile(child, 0.99));
        out.println("fan-out: " + result.response().map(r -> r.path("headline").asText()).orElse("FAILED"));
        return result.succeeded() ? 0 : 1;
    }

    private static int aggregate(PrintStream out, Path dir) throws Exception {
        Path runs = dir.resolve("s3").resolve(BUCKET).resolve("reports/org-validation/map-runs");
        Path folder;
        try (Stream<Path> list = Files.list(runs)) {
            folder = list.findFirst().orElseThrow(() -> new IllegalStateException("no map run under " + runs));
        }
        try (S3StandIn s3 = S3StandIn.start(); SnsStandIn sns = SnsStandIn.start("123456789012", "us-west-2")) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("AWS_ENDPOINT_URL_S3", s3.endpoint().toString());
            environment.put("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString());
            environment.put("AWS_REGION", "us-west-2");
            environment.put("AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID);
            environment.put("AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY);
            environment.put("ENVIRONMENT", "development");
            environment.put("REPORT_BUCKET", BUCKET);
            environment.put("REPORT_LINK_HOURS", "24");
            environment.put("AWS_EMF_ENVIRONMENT", "Local");
            String topic;
            try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.US_WEST_2)
                    .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY))).build();
                 SnsClient snsClient = SnsClient.builder().endpointOverride(sns.endpoint()).region(Region.US_WEST_2)
                         .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(
                                 StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedAws.ACCESS_KEY_ID,
                                         EmbeddedAws.SECRET_ACCESS_KEY))).build()) {
                client.createBucket(r -> r.bucket(BUCKET));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        String key = "reports/org-validation/map-runs/" + folder.getFileName() + "/" + file.getFileName();
                        client.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromFile(file));
                    }
                }
                topic = snsClient.createTopic(r -> r.name("backup-sentinel")).topicArn();
            }
            environment.put("NOTIFICATION_TOPIC_ARN", topic);
            Environment.installOverlay(environment);
            JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("resultWriterDetails", Map.of("Bucket", BUCKET, "Key", "reports/org-validation/map-runs/"
                    + folder.getFileName() + "/manifest.json"));
            input.put("mapRunArn", manifest.path("MapRunArn").asText());
            input.put("runId", "benchmark");
            input.put("runStartedAt", "2026-11-22T06:30:00Z");
            // found by name, as local invoke finds handlers: the function modules are runtime dependencies here
            @SuppressWarnings("unchecked")
            RequestHandler<Map<String, Object>, Map<String, Object>> handler = (RequestHandler<Map<String, Object>,
                    Map<String, Object>>) Class.forName(AGGREGATOR_HANDLER).getConstructor().newInstance();
            System.gc();
            long baseline = usedHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Map<String, Object> response = handler.handleRequest(input, new LambdaTestContext(
                    "org-validation-aggregator", "us-west-2", "123456789012", "benchmark", 1024, () -> 900_000));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "aggregate: %s shards from %d result file(s), wall time %.2f s, heap peak %d MB"
                            + " (baseline after GC %d MB, stand-ins included; max heap %d MB)%n",
                    JSON.valueToTree(response.get("shards")).path("total").asText(), manifest.path("ResultFiles")
                            .path("SUCCEEDED").size() + manifest.path("ResultFiles").path("FAILED").size(),
                    millis / 1000.0, peak >> 20, baseline >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.println("aggregate: " + response.get("headline"));
        }
        return 0;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(List<Long> values, double fraction) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
