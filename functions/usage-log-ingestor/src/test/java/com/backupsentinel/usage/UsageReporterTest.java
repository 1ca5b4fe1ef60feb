package com.backupsentinel.usage;

import static com.backupsentinel.usage.DeploymentRankTest.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Reports and configuration history answered from the stored records, written to the S3 stand-in. */
class UsageReporterTest {

    private Harness harness;
    private DynamoUsageStore store;

    @BeforeEach
    void start() {
        harness = new Harness();
        store = harness.aws.store();
    }

    @Test
    void writesTheCsvOfEveryCustomerSortedAndReturnsItWhenSmall() {
        ingest("globex", "usage-logs/globex/a.json", "2025-10-30T09:00:00Z", "arn:aws:iam::111122223333:user/zed");
        ingest("airbnb", "usage-logs/airbnb/a.json", "2025-10-31T09:00:00Z", "arn:aws:iam::111122223333:user/ann");
        ingest("airbnb", "usage-logs/airbnb/b.json", "2025-10-30T09:00:00Z", "arn:aws:iam::111122223333:user/bob");

        ReportResult result = harness.ingestor.report(new ReportRequest(Optional.empty(), Optional.empty(),
                Optional.empty()));

        String expected = UsageCsv.HEADER + "\n"
                + "2025-10-30,airbnb,bob,5,airbnb-project,arena-cluster\n"
                + "2025-10-30,globex,zed,5,airbnb-project,arena-cluster\n"
                + "2025-10-31,airbnb,ann,5,airbnb-project,arena-cluster\n";
        assertThat(result.csv()).contains(expected);
        assertThat(result.rowCount()).isEqualTo(3);
        assertThat(result.key()).isEqualTo("reports/usage/usage_all_start_end_20251121T120000000Z.csv");
        assertThat(harness.read(result.key())).contains(expected);
        HeadObjectResponse head = harness.aws.s3().headObject(r -> r.bucket(harness.aws.bucket()).key(result.key()));
        assertThat(head.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(harness.metrics.total(UsageMetrics.REPORT_ROWS)).isEqualTo(3);
    }

    @Test
    void filtersByCustomerAndDates() {
        ingest("airbnb", "usage-logs/airbnb/a.json", "2025-10-29T09:00:00Z", UsageLogFixtures.ARN);
        ingest("airbnb", "usage-logs/airbnb/b.json", "2025-10-30T09:00:00Z", UsageLogFixtures.ARN);
        ingest("globex", "usage-logs/globex/c.json", "2025-10-30T09:00:00Z", UsageLogFixtures.ARN);

        ReportResult result = harness.ingestor.report(new ReportRequest(Optional.of("airbnb"),
                Optional.of(LocalDate.parse("2025-10-30")), Optional.of(LocalDate.parse("2025-10-30"))));

        assertThat(result.rowCount()).isEqualTo(1);
        assertThat(result.csv().orElseThrow()).contains("2025-10-30,airbnb,john.doe");
        assertThat(result.key()).startsWith("reports/usage/usage_airbnb_2025-10-30_2025-10-30_");
    }

    @Test
    void flagsRowsWhoseConfigHashHasNoBackup() {
        ingest("airbnb", "usage-logs/airbnb/a.json", "2025-10-30T09:00:00Z", UsageLogFixtures.ARN);
        store.recordConfigVersion(new ConfigVersion("airbnb", "ffffffffffffffffffffffffffffffff",
                Instant.parse("2025-10-01T00:00:00Z"), "terragrunt/airbnb/config.yaml", Optional.empty(), 10));

        ReportResult result = harness.ingestor.report(new ReportRequest(Optional.empty(), Optional.empty(),
                Optional.empty()));

        assertThat(result.withoutConfigBackup()).extracting(LatestDeployment::sourceKey)
                .containsExactly("usage-logs/airbnb/a.json");
        store.recordConfigVersion(new ConfigVersion("airbnb", UsageLogFixtures.MD5,
                Instant.parse("2025-10-01T00:00:00Z"), "terragrunt/airbnb/config.yaml", Optional.empty(), 10));
        assertThat(harness.ingestor.report(new ReportRequest(Optional.empty(), Optional.empty(), Optional.empty()))
                .withoutConfigBackup()).isEmpty();
    }

    @Test
    void leavesALargeCsvOutOfTheResponse() {
        List<Integer> users = IntStream.range(0, 600).boxed().collect(Collectors.toList());
        Concurrently.map(Harness.WORKERS, users, user -> store.offerLatest(deployment("usage-logs/airbnb/" + user
                + ".json", "2025-10-30T09:00:00Z", user, "arn:aws:iam::111122223333:user/user-" + user)));

        ReportResult result = harness.ingestor.report(new ReportRequest(Optional.of("airbnb"), Optional.empty(),
                Optional.empty()));

        assertThat(result.rowCount()).isEqualTo(600);
        assertThat(result.sizeBytes()).isGreaterThan(UsageReporter.INLINE_CSV_MAX_BYTES);
        assertThat(result.csv()).isEmpty();
        assertThat(harness.read(result.key()).orElseThrow().lines()).hasSize(601);
        Map<String, Object> response = Responses.report(result);
        assertThat(response).doesNotContainKey("csv").containsEntry("rowsWithoutConfigBackupCount", 600);
        assertThat((List<?>) response.get("rowsWithoutConfigBackup")).hasSize(Responses.MAX_LISTED_ROWS);
    }

    @Test
    void answersWhoRanAConfigVersionAndWhenItWasFirstSeen() {
        ingest("airbnb", "usage-logs/airbnb/a.json", "2025-10-30T09:00:00Z", UsageLogFixtures.ARN);
        ingest("airbnb", "usage-logs/airbnb/b.json", "2025-10-31T09:00:00Z", UsageLogFixtures.ARN);
        ConfigVersion version = new ConfigVersion("airbnb", UsageLogFixtures.MD5,
                Instant.parse("2025-10-29T08:00:00Z"), "terragrunt/airbnb/config.yaml", Optional.of("v7"), 10);
        store.recordConfigVersion(version);

        ConfigHistoryResult byHash = harness.ingestor.history(new ConfigHistoryRequest("airbnb", Optional.empty(),
                Optional.of(UsageLogFixtures.MD5.toUpperCase(Locale.ROOT))));
        ConfigHistoryResult byDate = harness.ingestor.history(new ConfigHistoryRequest("airbnb",
                Optional.of(LocalDate.parse("2025-10-31")), Optional.empty()));

        assertThat(byHash.version()).contains(version);
        assertThat(byHash.deployments()).extracting(entry -> entry.deployment().sourceKey())
                .containsExactly("usage-logs/airbnb/a.json", "usage-logs/airbnb/b.json");
        assertThat(byDate.deployments()).hasSize(1);
        assertThat(byDate.deployments().get(0).config()).contains(version);
        assertThat(Responses.history(byDate).get("deployments")).isEqualTo(List.of(Map.ofEntries(
                Map.entry("deployedAt", "2025-10-31T09:00:00Z"),
                Map.entry("user", "john.doe"),
                Map.entry("userArn", UsageLogFixtures.ARN),
                Map.entry("configHash", UsageLogFixtures.MD5),
                Map.entry("configBackupFound", true),
                Map.entry("configFirstSeenAt", "2025-10-29T08:00:00Z"),
                Map.entry("additionalUsersCount", 5),
                Map.entry("projectName", "airbnb-project"),
                Map.entry("clusterName", "arena-cluster"),
                Map.entry("sourceKey", "usage-logs/airbnb/b.json"))));
    }

    private void ingest(String customer, String key, String timestamp, String arn) {
        ObjectNode log = UsageLogFixtures.canonical().put("customer_name", customer).put("timestamp", timestamp)
                .put("user_arn", arn);
        assertThat(harness.process(harness.put(key, log.toString())).result()).isEqualTo(ObjectOutcome.Result.INGESTED);
    }
}
