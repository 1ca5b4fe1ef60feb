package com.backupsentinel.usage;

import static com.backupsentinel.usage.DeploymentRankTest.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DynamoDB adapter through the real SDK against DynamoDB Local. */
class DynamoUsageStoreTest {

    private DynamoUsageStore store;

    @BeforeEach
    void startTable() {
        store = TestAws.get().fresh().store();
    }

    @Test
    void recordsEachKeyAndEtagOnce() {
        ProcessedObject first = new ProcessedObject("usage-logs/acme/a.json", "e1", ProcessedObject.Outcome.INGESTED,
                Optional.empty(), Instant.parse("2025-11-21T12:00:00Z"));
        ProcessedObject quarantined = new ProcessedObject("usage-logs/acme/a.json", "e2",
                ProcessedObject.Outcome.QUARANTINED, Optional.of(QuarantineReason.NOT_JSON),
                Instant.parse("2025-11-21T12:05:00Z"));

        assertThat(store.processedObject("usage-logs/acme/a.json")).isEmpty();
        assertThat(store.markProcessed(first)).isTrue();
        assertThat(store.markProcessed(first)).isFalse();
        assertThat(store.processedObject("usage-logs/acme/a.json")).contains(first);
        assertThat(store.markProcessed(quarantined)).isTrue();
        assertThat(store.processedObject("usage-logs/acme/a.json")).contains(quarantined);
    }

    @Test
    void keepsTheHighestRankedDeploymentOfADayWhateverTheArrivalOrder() {
        Deployment early = deployment("usage-logs/airbnb/1.json", "2025-10-30T08:00:00Z", 1);
        Deployment late = deployment("usage-logs/airbnb/2.json", "2025-10-30T20:00:00Z", 2);
        Deployment tieWithGreaterKey = deployment("usage-logs/airbnb/3.json", "2025-10-30T20:00:00Z", 3);

        assertThat(store.offerLatest(late)).isTrue();
        assertThat(store.offerLatest(early)).isFalse();
        assertThat(store.offerLatest(late)).isFalse();
        assertThat(store.latest("airbnb", Optional.empty(), Optional.empty()))
                .containsExactly(new LatestDeployment(late.row(), UsageLogFixtures.MD5, "usage-logs/airbnb/2.json"));
        assertThat(store.offerLatest(tieWithGreaterKey)).isTrue();
        assertThat(store.latest("airbnb", Optional.empty(), Optional.empty())).extracting(LatestDeployment::row)
                .containsExactly(tieWithGreaterKey.row());
    }

    @Test
    void answersRowsBetweenInclusiveDates() {
        for (String day : List.of("2025-10-29", "2025-10-30", "2025-10-31")) {
            store.offerLatest(deployment("usage-logs/airbnb/" + day + ".json", day + "T10:00:00Z", 1));
        }

        assertThat(dates(Optional.of("2025-10-30"), Optional.of("2025-10-30"))).containsExactly("2025-10-30");
        assertThat(dates(Optional.of("2025-10-30"), Optional.empty())).containsExactly("2025-10-30", "2025-10-31");
        assertThat(dates(Optional.empty(), Optional.of("2025-10-30"))).containsExactly("2025-10-29", "2025-10-30");
        assertThat(dates(Optional.empty(), Optional.empty())).hasSize(3);
        assertThat(store.latest("globex", Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void storesDeploymentsByDayAndByConfigVersionAndRegistersTheCustomer() {
        Deployment one = deployment("usage-logs/airbnb/1.json", "2025-10-30T08:00:00Z", 1);
        Deployment two = deployment("usage-logs/airbnb/2.json", "2025-10-31T08:00:00Z", 2);
        store.saveDeployment(one);
        store.saveDeployment(two);
        store.saveDeployment(one);

        assertThat(store.customers()).containsExactly("airbnb");
        assertThat(store.deploymentsOn("airbnb", LocalDate.parse("2025-10-30")))
                .containsExactly(new DeploymentRecord("airbnb", Instant.parse("2025-10-30T08:00:00Z"), "john.doe",
                        UsageLogFixtures.ARN, UsageLogFixtures.MD5, 1, "airbnb-project", "arena-cluster",
                        "usage-logs/airbnb/1.json"));
        assertThat(store.deploymentsUsing("airbnb", UsageLogFixtures.MD5)).extracting(DeploymentRecord::sourceKey)
                .containsExactly("usage-logs/airbnb/1.json", "usage-logs/airbnb/2.json");
        assertThat(store.deploymentsUsing("airbnb", "ffffffffffffffffffffffffffffffff")).isEmpty();
    }

    @Test
    void keepsTheEarliestSightingOfAConfigVersion() {
        ConfigVersion seenLate = version("2025-10-30T10:00:00Z");
        ConfigVersion seenEarly = version("2025-10-29T10:00:00Z");

        assertThat(store.recordConfigVersion(seenLate)).isTrue();
        assertThat(store.recordConfigVersion(seenLate)).isFalse();
        assertThat(store.recordConfigVersion(seenEarly)).isTrue();
        assertThat(store.recordConfigVersion(seenLate)).isFalse();
        assertThat(store.configVersions("airbnb")).containsExactly(seenEarly);
    }

    private static ConfigVersion version(String firstSeen) {
        return new ConfigVersion("airbnb", UsageLogFixtures.MD5, Instant.parse(firstSeen),
                "terragrunt/airbnb/config.yaml", Optional.of("v-" + firstSeen), 120);
    }

    private List<String> dates(Optional<String> from, Optional<String> to) {
        return store.latest("airbnb", from.map(LocalDate::parse), to.map(LocalDate::parse)).stream()
                .map(row -> row.row().date().toString()).collect(Collectors.toList());
    }
}
