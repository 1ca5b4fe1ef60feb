package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.backupsentinel.audit.DayRecord;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultyEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * UsageLogIngestorFunction's fault matrix: the production wiring over the real SDK against S3Proxy and DynamoDB
 * Local behind the fault proxy. The sample SQS batch meets a fault at one AWS step; every message whose object
 * could not be handled is reported back as a batch item failure (so SQS redelivers it, and after its retries
 * parks it in the dead-letter queue with its body intact), and the redelivery ingests it: in the end each usage log
 * is ingested or quarantined once, with one audit event, and nothing is lost.
 */
class IngestorFaultMatrixTest {

    private static final String BUCKET = UsageLogIngestorHandlerTest.BUCKET;
    private static final String NOT_AN_S3_EVENT = "3d7f2ca1-5a8b-4f4e-9e36-0c2d1f4a8b04";

    private final FaultPlan plan = FaultPlan.none();
    private TestAws.Fixture aws;
    private FaultyEndpoints fronted;
    private String auditTable;
    private UsageLogIngestorHandler handler;

    @BeforeEach
    void start() throws IOException {
        aws = TestAws.get().fresh();
        auditTable = "audit-of-" + aws.table();
        AuditWiringTest.createAuditTable(aws.dynamo(), auditTable);
        String bucket = BUCKET;
        try {
            aws.s3().createBucket(b -> b.bucket(BUCKET));
        } catch (BucketAlreadyOwnedByYouException e) {
            // created by another test: the sample objects are rewritten below, with the same ETags
        }
        Path samples = UsageLogIngestorHandlerTest.SAMPLE_BUCKET;
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                TestAws.putObject(aws.s3(), bucket, samples.relativize(file).toString().replace('\\', '/'),
                        RequestBody.fromFile(file));
            }
        }
        Map<String, String> variables = TestAws.get().baseEnvironment();
        fronted = FaultyEndpoints.front(variables, plan);
        variables.putAll(fronted.environment());
        variables.put("USAGE_TABLE_NAME", aws.table());
        variables.put("REPORT_BUCKET", bucket);
        variables.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        variables.put("AUDIT_TABLE_NAME", auditTable);
        variables.putAll(Map.of("SDK_CONNECT_TIMEOUT_MS", "1000", "SDK_ATTEMPT_TIMEOUT_MS", "2500",
                "SDK_CALL_TIMEOUT_MS", "2500", "DEADLINE_MARGIN_MS", "800"));
        handler = new UsageLogIngestorHandler(ProductionWiring.create(Environment.of(variables)));
    }

    @AfterEach
    void stop() {
        fronted.close();
    }

    @ParameterizedTest(name = "{0}: the failed messages come back as batch item failures and their redelivery"
            + " ingests each log once")
    @CsvSource({"s3:GetObject=hang", "s3:GetObject=reset", "s3:GetObject=http500", "s3:GetObject=throttle",
        "dynamodb:GetItem=hang", "dynamodb:GetItem=reset", "dynamodb:GetItem=http500", "dynamodb:GetItem=throttle",
        "dynamodb:PutItem=hang", "dynamodb:PutItem=reset", "dynamodb:PutItem=http500", "dynamodb:PutItem=throttle",
        "s3:CopyObject=hang", "s3:CopyObject=reset", "s3:CopyObject=http500", "s3:CopyObject=throttle",
        "s3:GetObject=throttle:1", "dynamodb:PutItem=http500:1"})
    void everyMessageIsIngestedOnceAfterRedelivery(String fault) {
        plan.set(fault);
        Set<String> failed = failedMessages(handler.handleRequest(batch(), new TestContext(() -> 10_000)));
        assertThat(plan.injected()).as("the fault hit its step").isNotEmpty();
        plan.clear();

        assertThat(failed).as("only the message that is not an S3 event is refused every time")
                .contains(NOT_AN_S3_EVENT);
        // SQS redelivers what was reported failed (here: the whole batch, as a redelivery may)
        Set<String> again = failedMessages(handler.handleRequest(batch(), new TestContext(() -> 10_000)));
        Set<String> third = failedMessages(handler.handleRequest(batch(), new TestContext(() -> 10_000)));

        assertThat(again).containsExactly(NOT_AN_S3_EVENT);
        assertThat(third).containsExactly(NOT_AN_S3_EVENT);
        assertThat(auditOpTypes()).containsExactlyInAnyOrder("ConfigBackup.Recorded", "UsageLog.Ingested",
                "UsageLog.Quarantined");
        assertThat(quarantined()).contains("quarantine/usage-logs/acme/2025-10-30_150912.json");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> failedMessages(Map<String, Object> response) {
        return ((List<Map<String, String>>) response.get("batchItemFailures")).stream()
                .map(failure -> failure.get("itemIdentifier")).collect(Collectors.toSet());
    }

    private List<String> auditOpTypes() {
        DynamoDbAuditStore store = new DynamoDbAuditStore(aws.dynamo(), auditTable);
        List<String> opTypes = new ArrayList<>();
        for (DayRecord day : store.days()) {
            store.forEachEventOn(day.day(), event -> opTypes.add(event.opType()));
        }
        return opTypes;
    }

    private List<String> quarantined() {
        return aws.s3().listObjectsV2(r -> r.bucket(BUCKET).prefix("quarantine/")).contents().stream()
                .map(S3Object::key).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> batch() {
        Path file = Path.of(System.getProperty("sentinel.root"), "events", "usage-log-ingestor",
                "sqs-object-created-batch.json");
        try {
            return EventLoader.loadEvent(file.toString(), Map.class);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot load " + file, e));
        }
    }
}
