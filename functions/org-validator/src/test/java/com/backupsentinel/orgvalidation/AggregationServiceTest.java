package com.backupsentinel.orgvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.orgvalidation.aggregate.AggregateRequest;
import com.backupsentinel.orgvalidation.aggregate.AggregationOutcome;
import com.backupsentinel.orgvalidation.aggregate.AggregationService;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.StoredObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The aggregator through its real wiring against the S3 and SNS stand-ins, on ResultWriter output as Step Functions
 * writes it: a manifest, a SUCCEEDED file as a JSON array, a FAILED file as JSON Lines.
 */
class AggregationServiceTest {

    private static final String FOLDER = "reports/org-validation/map-runs/4d9991a0/";
    private static final String MAP_RUN = "arn:aws:states:us-west-2:111111111111:mapRun:org/ValidateShards:4d9991a0";
    private static OrgFixture fixture;
    private static AggregationService service;

    @BeforeAll
    static void start() {
        fixture = OrgFixture.start(1, 1);
        try (SnsClient sns = AwsClientFactory.fromEnvironment(fixture.environment()).build(SnsClient.builder(), "SNS")) {
            sns.createTopic(request -> request.name("backup-sentinel"));
        }
        service = AggregatorWiring.create(fixture.environment(), fixture.clock, new RecordingMetrics()).service();
        String succeeded = "[" + record("SUCCEEDED", "210000000001", "us-west-2", "\"Output\":" + quoted(
                "{\"accountId\":\"210000000001\",\"accountName\":\"payments-prod\",\"region\":\"us-west-2\","
                        + "\"status\":\"NON_COMPLIANT\",\"reason\":\"\",\"complete\":true,\"findings\":4,"
                        + "\"nonCompliantResources\":2,\"findingsBySeverity\":{\"ERROR\":3,\"WARNING\":1},"
                        + "\"controls\":[],\"topFindings\":[],\"reports\":{},\"durationMillis\":900}")) + ","
                + record("SUCCEEDED", "210000000002", "us-west-2", "\"Output\":" + quoted(
                "{\"accountId\":\"210000000002\",\"accountName\":\"ledger-prod\",\"region\":\"us-west-2\","
                        + "\"status\":\"ERROR\",\"failure\":{\"Error\":\"Lambda.TooManyRequestsException\","
                        + "\"Cause\":\"Rate Exceeded.\"}}")) + "]";
        String failed = record("FAILED", "210000000003", "us-west-2", "\"Error\":\"States.Runtime\","
                + "\"Cause\":\"no Payload\"") + "\n";
        try (S3Client s3 = fixture.s3()) {
            put(s3, FOLDER + "SUCCEEDED_0.json", succeeded);
            put(s3, FOLDER + "FAILED_0.json", failed);
            put(s3, FOLDER + "manifest.json", "{\"DestinationBucket\":\"" + OrgFixture.BUCKET + "\",\"MapRunArn\":\""
                    + MAP_RUN + "\",\"ResultFiles\":{\"FAILED\":[{\"Key\":\"" + FOLDER + "FAILED_0.json\",\"Size\":"
                    + failed.length() + "}],\"PENDING\":[],\"SUCCEEDED\":[{\"Key\":\"" + FOLDER
                    + "SUCCEEDED_0.json\",\"Size\":" + succeeded.length() + "}]}}");
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static AggregateRequest request(String manifest) {
        return new AggregateRequest(OrgFixture.BUCKET, manifest, MAP_RUN, new OrgRun("run-1",
                Instant.parse("2026-11-22T06:30:00Z")));
    }

    @Test
    void readsEveryResultFileAndWritesOneReportAndOneDigest() {
        AggregationOutcome outcome = service.aggregate(request(FOLDER + "manifest.json"));
        assertThat(outcome.report().shards().total()).isEqualTo(3);
        assertThat(outcome.report().shards().error()).isEqualTo(2);
        assertThat(outcome.report().findings()).isEqualTo(4);
        assertThat(outcome.report().ranking()).extracting(account -> account.accountId())
                .containsExactly("210000000002", "210000000003", "210000000001");
        List<String> keys = fixture.aws.s3().objects().stream().map(StoredObject::key)
                .filter(key -> key.startsWith("reports/org-validation/2026/11/22/run-1/")).toList();
        assertThat(keys).extracting(key -> key.substring(key.lastIndexOf('/') + 1)).containsExactlyInAnyOrder(
                "org-report.json", "org-report.html", "org-accounts.csv", "org-shards.csv", "org-findings.csv",
                "digest.json");
        assertThat(fixture.aws.sns().published()).hasSize(1);

        AggregationOutcome retried = service.aggregate(request(FOLDER + "manifest.json"));
        assertThat(fixture.aws.sns().published()).as("a retried aggregation sends no second digest").hasSize(1);
        assertThat(retried.digestMessageId()).isEqualTo(outcome.digestMessageId());
    }

    @Test
    void aMissingManifestIsNamed() {
        assertThatThrownBy(() -> service.aggregate(request("reports/org-validation/map-runs/none/manifest.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The ResultWriter manifest s3://" + OrgFixture.BUCKET + "/reports/org-validation/map-runs/"
                        + "none/manifest.json does not exist: the Map Run wrote none (did it run with a ResultWriter?)");
    }

    private static String record(String status, String account, String region, String outcome) {
        return "{\"ExecutionArn\":\"arn:aws:states:us-west-2:111111111111:execution:org/ValidateShards:" + account
                + "\",\"Input\":" + quoted("{\"accountId\":\"" + account + "\",\"accountName\":\"\",\"region\":\""
                + region + "\",\"runId\":\"run-1\",\"runStartedAt\":\"2026-11-22T06:30:00Z\"}")
                + ",\"InputDetails\":{\"Included\":true},\"Name\":\"" + account + "\"," + outcome
                + ",\"StartDate\":\"2026-11-22T06:30:01Z\",\"Status\":\"" + status + "\",\"StopDate\":"
                + "\"2026-11-22T06:30:02Z\"}";
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void put(S3Client s3, String key, String body) {
        s3.putObject(request -> request.bucket(OrgFixture.BUCKET).key(key), RequestBody.fromString(body));
    }
}
