package com.backupsentinel.ondemand;

import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.audit.AuditRecorder;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.ondemand.aws.TestInventory;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.InMemoryObjectStore;
import com.backupsentinel.ondemand.service.InMemoryRequestStore;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.ScriptedBackupGateway;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.EmbeddedAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Prints how long OnDemandBackupFunction takes: wiring (the init phase), the first request, POST /backups with 1, 10
 * and 50 resources and GET /backups/{timestamp} over 50 jobs through the real SDK against the embedded stand-ins,
 * and the API layer alone over in-memory fakes. Asserts nothing.
 *
 * <pre>mvn -B -q -o -pl functions/on-demand-backup test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.backupsentinel.ondemand.OnDemandBenchmark</pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class OnDemandBenchmark {

    private static final int RUNS = 20;
    private static final int API_RUNS = 20_000;

    private final PrintStream out;
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private int keys;

    private OnDemandBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new OnDemandBenchmark(System.out).run();
    }

    private void run() {
        out.printf(Locale.ROOT, "OnDemandBackupFunction benchmark (JDK %s, %d processors)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        try (EmbeddedAws aws = EmbeddedAws.start(TestInventory.options())) {
            out.printf(Locale.ROOT, "stand-ins started in %d ms%n", millis(System.nanoTime() - start));
            Map<String, String> env = environment(aws);
            long wiringStart = System.nanoTime();
            Wiring wiring = Wiring.fromEnvironment(Environment.of(env), clock);
            out.printf(Locale.ROOT, "wiring (config, 4 SDK clients, adapters): %d ms%n",
                    millis(System.nanoTime() - wiringStart));
            OnDemandBackupHandler handler = new OnDemandBackupHandler(wiring.api(), () -> { });
            long first = System.nanoTime();
            invoke(handler, post(1));
            out.printf(Locale.ROOT, "first POST /backups (1 resource, cold JVM): %d ms%n",
                    millis(System.nanoTime() - first));
            for (int resources : new int[] {1, 10, 50}) {
                report("POST /backups, " + resources + " resources", () -> post(resources), handler);
            }
            APIGatewayV2HTTPResponse fifty = invoke(handler, post(50));
            String timestamp = json(fifty.getBody()).path("timestamp").asText();
            report("GET /backups/{timestamp}, 50 jobs", () -> get("/backups/" + timestamp), handler);
        }
        apiLayerAlone();
    }

    private void report(String label, Supplier<APIGatewayV2HTTPEvent> event, OnDemandBackupHandler handler) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            APIGatewayV2HTTPEvent next = event.get();
            long begin = System.nanoTime();
            APIGatewayV2HTTPResponse response = invoke(handler, next);
            times.add(System.nanoTime() - begin);
            if (response.getStatusCode() >= 300) {
                throw new IllegalStateException(label + " answered " + response.getStatusCode() + ": "
                        + response.getBody());
            }
        }
        Collections.sort(times);
        out.printf(Locale.ROOT, "%-36s median %6.1f ms  p90 %6.1f ms  (%d runs)%n", label,
                times.get(RUNS / 2) / 1e6, times.get(RUNS * 9 / 10) / 1e6, RUNS);
    }

    private void apiLayerAlone() {
        ScriptedBackupGateway backup = new ScriptedBackupGateway();
        InMemoryRequestStore store = new InMemoryRequestStore();
        OnDemandService service = new OnDemandService(Fixtures.settings(), backup, List::of, store,
                new InMemoryObjectStore("reports"), new RecordingMetrics(), clock);
        OnDemandBackupHandler handler = new OnDemandBackupHandler(new OnDemandApi(service, store,
                new RecordingMetrics(), AuditRecorder.disabled(), clock, InvocationBudget.keeping(Duration.ZERO)), () -> { });
        APIGatewayV2HTTPEvent bad = event("post-backups-bad-body.json");
        for (int i = 0; i < 2_000; i++) {
            invoke(handler, bad);
        }
        long begin = System.nanoTime();
        for (int i = 0; i < API_RUNS; i++) {
            invoke(handler, bad);
        }
        out.printf(Locale.ROOT, "API layer alone, rejected body (400): %.1f us per request (%d requests)%n",
                (System.nanoTime() - begin) / 1e3 / API_RUNS, API_RUNS);
        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            invoke(handler, post(10));
        }
        out.printf(Locale.ROOT, "API layer alone, POST /backups 10 resources on fakes: %.1f us per request%n",
                (System.nanoTime() - started) / 1e3 / 1_000);
    }

    private APIGatewayV2HTTPResponse invoke(OnDemandBackupHandler handler, APIGatewayV2HTTPEvent event) {
        clock.advance(Duration.ofSeconds(1));
        return handler.handleRequest(event, new TestContext());
    }

    private APIGatewayV2HTTPEvent post(int resources) {
        APIGatewayV2HTTPEvent event = event("post-backups.json");
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode arns = body.putArray("resources");
        for (int i = 0; i < resources; i++) {
            arns.add("arn:aws:ec2:us-west-2:123456789012:volume/vol-" + String.format(Locale.ROOT, "%017x", i));
        }
        body.put("idempotencyKey", "benchmark-" + keys++);
        event.setBody(body.toString());
        return event;
    }

    private static APIGatewayV2HTTPEvent get(String path) {
        APIGatewayV2HTTPEvent event = event("get-backup-status.json");
        event.setRawPath(path);
        return event;
    }

    /**
     * A sample event read with plain Jackson: the runtime serializer EventLoader uses looks classes up through the
     * system class loader, which exec:java does not put the test classpath on.
     */
    private static APIGatewayV2HTTPEvent event(String name) {
        try {
            return Json.mapper().readValue(Events.folder().resolve(name).toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> environment(EmbeddedAws aws) {
        AwsClientFactory clients = AwsClientFactory.fromEnvironment(Environment.of(aws.endpointEnvironment()));
        DynamoDbClient dynamo = clients.build(DynamoDbClient.builder(), "DYNAMODB");
        dynamo.createTable(b -> b.tableName("requests")
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode("PAY_PER_REQUEST"));
        S3Clients.build(clients).createBucket(b -> b.bucket("reports"));
        Map<String, String> env = new LinkedHashMap<>(aws.endpointEnvironment());
        env.put("ENVIRONMENT", "production");
        env.put("REQUESTS_TABLE_NAME", "requests");
        env.put("BACKUP_VAULT_NAME", TestInventory.VAULT);
        env.put("BACKUP_ROLE_ARN", TestInventory.BACKUP_ROLE);
        env.put("RESTORE_ROLE_ARN", TestInventory.RESTORE_ROLE);
        env.put("REPORT_BUCKET", "reports");
        return env;
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
