package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.RecordedCall;
import com.backupsentinel.standins.StandInOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Runs the sample events of events/on-demand-backup/ in order against one set of embedded stand-ins serving
 * demo-account/ (what separate local-invoke runs cannot do: each starts empty), so the GET events show the status of
 * the requests the POST events made. Prints each response and every StartBackupJob/StartRestoreJob call.
 *
 * <pre>mvn -B -q -o -pl functions/on-demand-backup test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.backupsentinel.ondemand.OnDemandWalkthrough</pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class OnDemandWalkthrough {

    private final PrintStream out;
    private final MutableClock clock = new MutableClock(Fixtures.NOW);

    private OnDemandWalkthrough(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new OnDemandWalkthrough(System.out).run();
    }

    private void run() {
        try (EmbeddedAws aws = EmbeddedAws.start(StandInOptions.demo())) {
            Wiring wiring = Wiring.fromEnvironment(Environment.of(environment(aws)), clock);
            // metrics are not flushed: outside Lambda, without AWS_EMF_ENVIRONMENT=Local, EMF would look for an agent
            OnDemandBackupHandler handler = new OnDemandBackupHandler(wiring.api(), () -> { });
            JsonNode accepted = show(handler, "post-backups.json");
            show(handler, "get-backup-status.json");
            accepted.path("jobs").forEach(job -> aws.backup().setJobState(job.path("backupJobId").asText(),
                    "COMPLETED", null));
            out.println("(the stand-in completes both backup jobs)");
            show(handler, "get-backups-latest.json");
            clock.advance(Duration.ofMinutes(15));
            show(handler, "post-restores.json");
            show(handler, "get-restore-status.json");
            show(handler, "get-audit.json");
            out.println("== AWS Backup calls recorded by the stand-in");
            for (RecordedCall call : aws.backup().startStopCalls()) {
                out.println(call.operation() + " " + call.requestJson());
            }
        }
    }

    private JsonNode show(OnDemandBackupHandler handler, String eventFile) {
        APIGatewayV2HTTPEvent event = event(eventFile);
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new TestContext());
        out.println("== " + event.getRequestContext().getHttp().getMethod() + " " + event.getRawPath() + " ("
                + eventFile + ") -> " + response.getStatusCode());
        JsonNode body = json(response.getBody());
        out.println(body.toPrettyString());
        return body;
    }

    /** Plain Jackson: the runtime serializer looks classes up through the system class loader, off exec:java's. */
    private static APIGatewayV2HTTPEvent event(String name) {
        try {
            return Json.mapper().readValue(Events.folder().resolve(name).toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's environment for OnDemandBackupFunction with events/on-demand-backup/env-vars.json applied. */
    private static Map<String, String> environment(EmbeddedAws aws) {
        AwsClientFactory clients = AwsClientFactory.fromEnvironment(Environment.of(aws.endpointEnvironment()));
        clients.build(DynamoDbClient.builder(), "DYNAMODB").createTable(b -> b.tableName("requests")
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode("PAY_PER_REQUEST"));
        Map<String, String> env = new LinkedHashMap<>(aws.endpointEnvironment());
        env.put("ENVIRONMENT", "production");
        env.put("REQUESTS_TABLE_NAME", "requests");
        env.put("BACKUP_VAULT_NAME", "arrakis-backup-vault-production");
        env.put("BACKUP_PLAN_ID", "86e41ac0-3ea3-4c08-895f-8209c158c141");
        env.put("BACKUP_ROLE_ARN", "arn:aws:iam::123456789012:role/arrakis-backup-role-production");
        env.put("RESTORE_ROLE_ARN", "arn:aws:iam::123456789012:role/arrakis-restore-role-production");
        env.put("RESTORE_ALLOWED_RESOURCE_TYPES", String.join(",", List.of("RDS", "Aurora", "EBS", "EFS", "DynamoDB")));
        env.put("REPORT_BUCKET", "reports");
        return env;
    }
}
