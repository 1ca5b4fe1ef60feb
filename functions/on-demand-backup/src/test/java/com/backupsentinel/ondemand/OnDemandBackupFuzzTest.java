package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.InMemoryObjectStore;
import com.backupsentinel.ondemand.service.InMemoryRequestStore;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.RecoveryPoint;
import com.backupsentinel.ondemand.service.ScriptedBackupGateway;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.hostile.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * OnDemandBackupFunction fed API Gateway HTTP API (payload 2.0) events as anyone able to reach the API could shape
 * them: any method and path, query strings, bodies with every field missing, mistyped, huge or hostile, garbage and
 * deeply nested JSON, bodies past the 16 KiB limit, base64 flags that lie, requests without an IAM identity. Each
 * answer is a known status with a JSON body that names the problem (never 500), and each request leaves exactly one
 * audit event of bounded size. Never a hang.
 */
class OnDemandBackupFuzzTest {

    private static final Set<Integer> ANSWERS = Set.of(200, 202, 400, 403, 404, 405, 409, 413, 429, 502);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ARN = "arn:aws:rds:us-west-2:123456789012:db:orders";
    private static final String POINT = "arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-1";
    private static final List<String> FIELDS = List.of("resources", "onlyConfig", "idempotencyKey", "timestamp",
            "recoveryPointArn", "skip", "confirm");

    /** One request as the handler receives it. */
    record Request(String method, String path, Map<String, String> query, String body, boolean base64,
                   boolean signed) {

        @Override
        public String toString() {
            String shown = body == null || body.length() <= 300 ? body : body.substring(0, 300) + "... ("
                    + body.length() + " chars)";
            return method + " " + path + " " + query + " base64=" + base64 + " signed=" + signed + " body=" + shown;
        }

        APIGatewayV2HTTPEvent event() {
            APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                    .withMethod(method).withPath(path).withSourceIp("203.0.113.10").withUserAgent("fuzz").build();
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = signed
                    ? APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withIam(
                            APIGatewayV2HTTPEvent.RequestContext.IAM.builder()
                                    .withUserArn("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice")
                                    .withAccountId("123456789012").withCallerId("AROAEXAMPLE:alice").build()).build()
                    : null;
            return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(path).withQueryStringParameters(query)
                    .withBody(body).withIsBase64Encoded(base64)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http)
                            .withAuthorizer(authorizer).withRequestId("fuzz-request").withStage("$default").build())
                    .build();
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyRequestGetsAJsonAnswerNamingTheProblemAndOneBoundedAuditEvent(@ForAll("requests") Request request) {
        List<AuditEvent> audited = new ArrayList<>();
        ScriptedBackupGateway backup = new ScriptedBackupGateway();
        backup.addRecoveryPoint(new RecoveryPoint(POINT, ARN, "RDS", "COMPLETED"), Map.of("DBInstanceIdentifier",
                "orders"));
        InMemoryRequestStore store = new InMemoryRequestStore();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        RecordingMetrics metrics = new RecordingMetrics();
        OnDemandService service = new OnDemandService(Fixtures.settings(), backup, List::of, store,
                new InMemoryObjectStore("reports-bucket"), metrics, clock);
        OnDemandBackupHandler handler = new OnDemandBackupHandler(new OnDemandApi(service, store, metrics,
                audited::add, clock, InvocationBudget.keeping(Duration.ZERO)), () -> { });

        APIGatewayV2HTTPResponse response = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> handler.handleRequest(request.event(), new TestContext()));

        Statistics.collect(response.getStatusCode());
        assertThat(response.getStatusCode()).isIn(ANSWERS);
        JsonNode body = json(response.getBody());
        if (response.getStatusCode() >= 400) {
            assertThat(body.path("code").asInt()).isEqualTo(response.getStatusCode());
            assertThat(body.path("message").asText()).isNotBlank().hasSizeLessThan(2_000);
        }
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).responseCode()).isEqualTo(response.getStatusCode());
        assertThat(audited.get(0).requestPayload().length()).isLessThan(AuditEvent.MAX_PAYLOAD_CHARS + 40);
        Statistics.coverage(coverage -> {
            coverage.check(202).percentage(p -> p >= 2);
            coverage.check(400).percentage(p -> p >= 15);
        });
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> route = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("POST /backups", "POST /restores")),
                Tuple.of(2, Arbitraries.of("GET /backups/latest", "GET /backups/2026-11-21t09-30-00",
                        "GET /restores/2026-11-21t09-30-00", "GET /audit", "DELETE /backups", "GET /backups")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("GET", "POST", "PATCH", "", "get"),
                        HostileJson.strings()).as((method, path) -> method + " /" + path)));
        Arbitrary<Map<String, String>> query = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Map.of())),
                Tuple.of(1, Arbitraries.maps(Arbitraries.of("kind", "limit", "caller", "x"),
                        Arbitraries.oneOf(Arbitraries.of("backup", "restore", "5", "0", ARN), HostileJson.strings()))
                        .ofMaxSize(3)));
        return Combinators.combine(route, query, bodies(), Arbitraries.of(false, false, false, true),
                Arbitraries.of(true, true, true, true, true, false))
                .as((line, params, body, base64, signed) -> {
                    int space = line.indexOf(' ');
                    String encoded = base64 && body != null && body.length() % 2 == 0
                            ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body;
                    return new Request(line.substring(0, space), line.substring(space + 1), params, encoded, base64,
                            signed);
                });
    }

    private static Arbitrary<String> bodies() {
        ObjectNode backup = NODES.objectNode();
        backup.putArray("resources").add(ARN);
        backup.put("idempotencyKey", "fuzz-1");
        ObjectNode restore = NODES.objectNode();
        restore.put("recoveryPointArn", POINT).put("confirm", true);
        Arbitrary<JsonNode> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(NODES.textNode(ARN), NODES.textNode(POINT), NODES.booleanNode(true),
                        NODES.textNode("2026-11-21t09-30-00"), NODES.arrayNode().add(ARN).add(ARN),
                        NODES.arrayNode().add("RDS"), NODES.arrayNode())),
                Tuple.of(3, HostileJson.values()));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.oneOf(HostileJson.mutated(backup, FIELDS, values),
                        HostileJson.mutated(restore, FIELDS, values)).map(JsonNode::toString)),
                Tuple.of(1, Arbitraries.<String>just(null)),
                Tuple.of(1, HostileJson.strings()),
                Tuple.of(1, Arbitraries.integers().between(600, 7_000).map(depth -> "[".repeat(depth)
                        + "]".repeat(depth))),
                Tuple.of(1, Arbitraries.integers().between(16 * 1024 - 2, 100 * 1024).map("a"::repeat)));
    }
}
