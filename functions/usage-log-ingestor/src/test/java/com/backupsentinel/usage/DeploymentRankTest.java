package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeploymentRankTest {

    @Test
    void theLaterDeploymentOfTheDayWins() {
        Deployment morning = deployment("usage-logs/airbnb/z-late-name.json", "2025-10-30T08:00:00Z", 1);
        Deployment evening = deployment("usage-logs/airbnb/a-early-name.json", "2025-10-30T20:00:00Z", 2);

        assertThat(evening.rank()).isGreaterThan(morning.rank());
    }

    @Test
    void equalTimesAreBrokenByTheGreaterObjectKey() {
        Deployment first = deployment("usage-logs/airbnb/2025-10-30_143052-a.json", "2025-10-30T14:30:52Z", 9);
        Deployment second = deployment("usage-logs/airbnb/2025-10-30_143052-b.json", "2025-10-30T14:30:52Z", 1);

        assertThat(second.rank()).isGreaterThan(first.rank());
    }

    @Test
    void aKeyThatIsAPrefixOfAnotherSortsFirstAsItsTupleDoes() {
        Deployment shorter = deployment("usage-logs/airbnb/a.json", "2025-10-30T14:30:52Z", 1);
        Deployment longer = deployment("usage-logs/airbnb/a.json.json", "2025-10-30T14:30:52Z", 1);

        assertThat(longer.rank()).isGreaterThan(shorter.rank());
    }

    @Test
    void anOverwrittenObjectIsDecidedByItsContentDigestTheSameWayEveryTime() {
        Deployment one = deployment(UsageLogFixtures.KEY, "2025-10-30T14:30:52Z", 1);
        Deployment two = deployment(UsageLogFixtures.KEY, "2025-10-30T14:30:52Z", 2);

        assertThat(one.rank()).isNotEqualTo(two.rank());
        assertThat(one.rank().compareTo(two.rank()))
                .isEqualTo(one.contentDigest().compareTo(two.contentDigest()));
        assertThat(deployment(UsageLogFixtures.KEY, "2025-10-30T14:30:52Z", 1).rank()).isEqualTo(one.rank());
    }

    @Test
    void timesAreFixedWidthSoSubSecondDeploymentsSortCorrectly() {
        Deployment whole = deployment("usage-logs/airbnb/b.json", "2025-10-30T14:30:52Z", 1);
        Deployment fraction = deployment("usage-logs/airbnb/a.json", "2025-10-30T14:30:52.5Z", 1);

        assertThat(whole.deployedAtText()).isEqualTo("2025-10-30T14:30:52.000000000Z");
        assertThat(fraction.rank()).isGreaterThan(whole.rank());
    }

    @Test
    void outOfOrderAndDuplicateArrivalsKeepTheSameWinner() {
        List<Deployment> day = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            day.add(deployment("usage-logs/airbnb/2025-10-30_" + (100000 + i % 4) + ".json",
                    "2025-10-30T1" + (i % 3) + ":00:00Z", i));
        }
        Deployment expected = day.stream().max((a, b) -> a.rank().compareTo(b.rank())).orElseThrow();
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            List<Deployment> arrivals = new ArrayList<>(day);
            arrivals.addAll(day.subList(0, random.nextInt(day.size())));
            Collections.shuffle(arrivals, random);

            assertThat(offerAll(arrivals)).isEqualTo(expected.row());
        }
    }

    /** The conditional write of {@link DynamoUsageStore#offerLatest}, in memory: replace only when the rank is higher. */
    private static UsageRow offerAll(List<Deployment> arrivals) {
        Map<String, Deployment> stored = new HashMap<>();
        for (Deployment candidate : arrivals) {
            String key = candidate.log().date() + "#" + candidate.log().user();
            Deployment current = stored.get(key);
            if (current == null || current.rank().compareTo(candidate.rank()) < 0) {
                stored.put(key, candidate);
            }
        }
        assertThat(stored).hasSize(1);
        return stored.values().iterator().next().row();
    }

    static Deployment deployment(String key, String timestamp, int additionalUsers) {
        return deployment(key, timestamp, additionalUsers, UsageLogFixtures.ARN);
    }

    static Deployment deployment(String key, String timestamp, int additionalUsers, String arn) {
        ObjectNode node = UsageLogFixtures.canonical().put("timestamp", timestamp)
                .put("additional_users_count", additionalUsers).put("user_arn", arn);
        UsageLogKey parsed = UsageLogKey.parse(key);
        return new Deployment(parsed, "etag", new UsageLogParser(UsageLogFixtures.CLOCK).parse(parsed,
                UsageLogFixtures.bytes(node)));
    }
}
