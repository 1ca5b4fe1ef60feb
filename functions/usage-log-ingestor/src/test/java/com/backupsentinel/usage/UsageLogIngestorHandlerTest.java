package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The handler driven by the sample events in events/usage-log-ingestor/, loaded with the Lambda runtime's own
 * deserializer, against the S3 and DynamoDB stand-ins. The bucket is the one local invoke names
 * ({@code backup-sentinel-reportbucket}), holding the demo account's report bucket objects
 * (demo-account/s3/ReportBucket/), which the sample events name; the table starts empty.
 */
class UsageLogIngestorHandlerTest {

    static final String BUCKET = "backup-sentinel-reportbucket";
    static final Path ROOT = Path.of(System.getProperty("sentinel.root", "../.."));
    static final Path EVENTS = ROOT.resolve("events").resolve("usage-log-ingestor");
    static final Path SAMPLE_BUCKET = ROOT.resolve("demo-account").resolve("s3").resolve("ReportBucket");

    private TestAws.Fixture aws;
    private RecordingMetrics metrics;
    private UsageLogIngestorHandler handler;
    private int flushes;

    @BeforeEach
    void start() throws IOException {
        aws = TestAws.get().emptied(BUCKET);
        try (Stream<Path> files = Files.walk(SAMPLE_BUCKET)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String key = SAMPLE_BUCKET.relativize(file).toString().replace('\\', '/');
                TestAws.putObject(aws.s3(), BUCKET, key, RequestBody.fromFile(file));
            }
        }
        Map<String, String> variables = new HashMap<>();
        variables.put("USAGE_TABLE_NAME", aws.table());
        variables.put("REPORT_BUCKET", BUCKET);
        variables.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        UsageLogIngestorConfig config = UsageLogIngestorConfig.from(Environment.of(variables));
        metrics = new RecordingMetrics();
        UsageLogIngestor ingestor = new UsageLogIngestor(config, new S3ObjectStore(aws.s3(), BUCKET), aws.store(),
                metrics, AuditRecorder.disabled(), Harness.WORKERS, Clock.systemUTC());
        handler = new UsageLogIngestorHandler(ingestor, InvocationBudget.keeping(Duration.ZERO), () -> flushes++);
    }

    @Test
    void theSampleBatchIsAValidSqsEvent() {
        SQSEvent event = EventLoader.loadSQSEvent(EVENTS.resolve("sqs-object-created-batch.json").toString());

        assertThat(event.getRecords()).hasSize(4);
        assertThat(event.getRecords().get(0).getEventSource()).isEqualTo("aws:sqs");
    }

    @Test
    void ingestsTheSampleBatchAndFailsOnlyTheMessageThatIsNotAnEvent() {
        Map<String, Object> response = handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        assertThat(response).isEqualTo(Map.of("batchItemFailures",
                List.of(Map.of("itemIdentifier", "3d7f2ca1-5a8b-4f4e-9e36-0c2d1f4a8b04"))));
        assertThat(metrics.total(UsageMetrics.INGESTED)).isEqualTo(1);
        assertThat(metrics.total(UsageMetrics.CONFIG_VERSIONS)).isEqualTo(1);
        assertThat(metrics.total(UsageMetrics.QUARANTINED, Map.of(UsageMetrics.REASON, "CUSTOMER_MISMATCH")))
                .isEqualTo(1);
        assertThat(metrics.total(UsageMetrics.FAILED)).isEqualTo(1);
        assertThat(read("quarantine/usage-logs/acme/2025-10-30_150912.json.reason.json"))
                .contains("\"reason\" : \"CUSTOMER_MISMATCH\"");
        assertThat(flushes).isEqualTo(1);
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        Map<String, Object> again = handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        assertThat(again).isEqualTo(Map.of("batchItemFailures",
                List.of(Map.of("itemIdentifier", "3d7f2ca1-5a8b-4f4e-9e36-0c2d1f4a8b04"))));
        assertThat(aws.store().latest("acme", Optional.empty(), Optional.empty())).hasSize(1);
    }

    @Test
    void reportsFromWhatWasIngested() throws IOException {
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        Map<String, Object> response = handler.handleRequest(load("report-customer-range.json"), new TestContext());

        assertThat(response.get("rowCount")).isEqualTo(1);
        assertThat(response.get("csv")).isEqualTo(UsageCsv.HEADER + "\n"
                + "2025-10-30,acme,john.doe@example.com,5,acme-project,arena-cluster\n");
        assertThat(response.get("rowsWithoutConfigBackup")).isEqualTo(List.of());
        assertThat((String) response.get("key")).startsWith("reports/usage/usage_acme_2025-10-01_2025-10-31_");
        assertThat(response.get("location")).isEqualTo("s3://" + BUCKET + "/" + response.get("key"));
        assertThat(read((String) response.get("key"))).isEqualTo(response.get("csv"));
    }

    @Test
    void answersWhichConfigACustomerRanOnADate() {
        handler.handleRequest(load("sqs-object-created-batch.json"), new TestContext());

        Map<String, Object> response = handler.handleRequest(load("config-history.json"), new TestContext());

        JsonNode json = Json.mapper().valueToTree(response);
        assertThat(json.get("customer").asText()).isEqualTo("acme");
        assertThat(json.get("deployments")).hasSize(1);
        JsonNode deployment = json.get("deployments").get(0);
        assertThat(deployment.get("configHash").asText()).isEqualTo("82ab99a9f3ded35f294ce269d104b58f");
        assertThat(deployment.get("configBackupFound").asBoolean()).isTrue();
        assertThat(deployment.get("user").asText()).isEqualTo("john.doe@example.com");
        assertThat(deployment.get("sourceKey").asText()).isEqualTo("usage-logs/acme/2025-10-30_143052.json");
    }

    @Test
    void backfillsEverySampleObject() {
        Map<String, Object> response = handler.handleRequest(load("backfill.json"), new TestContext());

        assertThat(response).containsEntry("complete", true).containsEntry("listed", 11)
                .containsEntry("ingested", 6L).containsEntry("quarantined", 2L).containsEntry("configVersions", 3L)
                .containsEntry("failures", List.of());
        Map<String, Object> prefixOnly = handler.handleRequest(load("backfill-prefix.json"), new TestContext());
        assertThat(prefixOnly).containsEntry("listed", 4).containsEntry("duplicates", 4L);
    }

    @Test
    void rejectsADirectInvokeWithAnUnknownField() {
        assertThatThrownBy(() -> handler.handleRequest(load("invalid-unknown-field.json"), new TestContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown field 'customers' in the report request; allowed: [action, customer, from, to]");
        assertThat(flushes).isEqualTo(1);
    }

    @Test
    void theRealWiringWorksFromTheEnvironmentAlone() {
        UsageLogIngestorHandler real = new UsageLogIngestorHandler(ProductionWiring.create(aws.environment()));

        Map<String, Object> response = real.handleRequest(load("report.json"), new TestContext());

        assertThat(response).containsEntry("rowCount", 0).containsEntry("csv", UsageCsv.HEADER + "\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) {
        return EventLoader.loadEvent(EVENTS.resolve(name).toString(), Map.class);
    }

    private String read(String key) {
        return aws.s3().getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asUtf8String();
    }
}
