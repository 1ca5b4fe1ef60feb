package com.backupsentinel.orgvalidation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.orgvalidation.OrgRun;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan in memory: accounts less the excluded, crossed with the regions, written as the ItemReader reads them. */
class PlanServiceTest {

    private static final PlanRequest REQUEST = new PlanRequest(new OrgRun("run-1",
            Instant.parse("2026-11-22T06:30:00.123Z")));
    private static final List<String> REGIONS = List.of("us-west-2", "eu-west-1", "eu-central-1");

    /** The report bucket in memory. */
    private static final class MemoryStore implements PlanStore {

        final Map<String, byte[]> objects = new LinkedHashMap<>();

        @Override
        public String bucket() {
            return "reports-bucket";
        }

        @Override
        public void put(String key, byte[] json) {
            objects.put(key, json);
        }
    }

    /** A listing as Organizations would give it: {@code active} ACTIVE accounts, then {@code notActive} others. */
    private static AccountDirectory organizations(int active, int notActive) {
        List<OrgAccount> accounts = IntStream.range(0, active).mapToObj(i -> new OrgAccount(
                String.format("%012d", 300_000_000_000L + i), "team-" + i)).toList();
        return new AccountDirectory() {
            @Override
            public AccountListing list() {
                return new AccountListing(accounts, active + notActive, notActive);
            }

            @Override
            public String source() {
                return "ORGANIZATIONS";
            }
        };
    }

    @Test
    void fifteenThousandShardsGoToTheItemsFileAndOnlyTheirCountsToTheState() throws IOException {
        MemoryStore store = new MemoryStore();
        RecordingMetrics metrics = new RecordingMetrics();
        ShardPlan plan = new PlanService(organizations(5_000, 0), Set.of(), REGIONS, store, metrics).plan(REQUEST);

        assertThat(plan.shards()).isEqualTo(15_000);
        assertThat(plan.key()).isEqualTo("reports/org-validation/2026/11/22/run-1/shard-items.json");
        byte[] file = store.objects.get(plan.key());
        assertThat(file).hasSize((int) plan.bytes());
        JsonNode items = Json.mapper().readTree(file);
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(15_000);
        assertThat(items.get(0).toString())
                .isEqualTo("{\"accountId\":\"300000000000\",\"accountName\":\"team-0\",\"region\":\"us-west-2\"}");
        assertThat(items.get(14_999).path("accountId").asText()).isEqualTo("300000004999");
        assertThat(items.get(14_999).path("region").asText()).isEqualTo("eu-central-1");
        byte[] state = Json.mapper().writeValueAsBytes(plan);
        assertThat(state.length).as("the plan's answer, all that enters the execution's state").isLessThan(400);
        assertThat(metrics.total("OrgPlannedShards")).isEqualTo(15_000);
    }

    @Test
    void excludedAndNotActiveAccountsAreLeftOutAndCounted() throws IOException {
        MemoryStore store = new MemoryStore();
        ShardPlan plan = new PlanService(organizations(4, 2), Set.of("300000000001", "999999999999"), REGIONS.subList(0,
                2), store, new RecordingMetrics()).plan(REQUEST);
        assertThat(plan).isEqualTo(new ShardPlan("reports-bucket", plan.key(), "ORGANIZATIONS", 6, 2, 1, 3, 2, 6,
                plan.bytes()));
        List<String> accounts = new ArrayList<>();
        Json.mapper().readTree(store.objects.get(plan.key())).forEach(item -> accounts.add(item.path("accountId")
                .asText()));
        assertThat(accounts).containsExactly("300000000000", "300000000000", "300000000002", "300000000002",
                "300000000003", "300000000003");
    }

    @Test
    void aFixedListKeepsItsOrderWithoutNames() throws IOException {
        MemoryStore store = new MemoryStore();
        ShardPlan plan = new PlanService(new FixedAccounts(List.of("222222222222", "111111111111")), Set.of(),
                List.of("us-west-2"), store, new RecordingMetrics()).plan(REQUEST);
        assertThat(plan.source()).isEqualTo("PARAMETER");
        assertThat(new String(store.objects.get(plan.key()), StandardCharsets.UTF_8))
                .isEqualTo("[\n{\"accountId\":\"222222222222\",\"accountName\":\"\",\"region\":\"us-west-2\"},\n"
                        + "{\"accountId\":\"111111111111\",\"accountName\":\"\",\"region\":\"us-west-2\"}\n]");
    }

    @Test
    void noAccountLeftToValidateFailsTheRunSayingWhy() {
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> new PlanService(organizations(1, 2), Set.of("300000000000"), REGIONS, store,
                new RecordingMetrics()).plan(REQUEST)).isInstanceOf(OrgPlanException.class)
                .hasMessage("No account to validate: Organizations listed 3 account(s), 2 not ACTIVE and 1 in"
                        + " OrgExcludedAccounts; check OrgAccounts and OrgExcludedAccounts");
        assertThatThrownBy(() -> new PlanService(new FixedAccounts(List.of("111111111111")), Set.of("111111111111"),
                REGIONS, store, new RecordingMetrics()).plan(REQUEST))
                .hasMessage("No account to validate: every account of OrgAccounts (1) is in OrgExcludedAccounts;"
                        + " check OrgAccounts and OrgExcludedAccounts");
        assertThat(store.objects).as("nothing written").isEmpty();
    }
}
