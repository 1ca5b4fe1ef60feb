package com.backupsentinel.orgvalidation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrgTallyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:45:00Z");

    @Test
    void totalsAreTheSumsOfTheShards() {
        OrgTally tally = new OrgTally();
        tally.add(Shards.shard("210000000001", "payments-prod", "us-west-2", "COMPLIANT", 0, 0, 0));
        tally.add(Shards.shard("210000000001", "payments-prod", "eu-west-1", "NON_COMPLIANT", 2, 1, 2));
        tally.add(Shards.shard("210000000002", "ledger-prod", "us-west-2", "NON_COMPLIANT", 0, 4, 3));
        tally.add(ShardResult.failed("210000000003", "search-prod", "us-west-2", "AccessDenied"));
        OrgReport report = tally.report(Shards.request(), "production", NOW);
        assertThat(report.findings()).isEqualTo(7);
        assertThat(report.nonCompliantResources()).isEqualTo(5);
        assertThat(report.findingsBySeverity()).containsEntry("ERROR", 2L).containsEntry("WARNING", 5L);
        assertThat(report.shards()).isEqualTo(new StatusCounts(4, 1, 2, 1, 0));
        assertThat(report.accounts()).isEqualTo(new StatusCounts(3, 0, 2, 1, 0));
        assertThat(report.controls()).containsExactly(new ControlTotals("rpo", 1, 2, 0, 0, 9, 5, 7));
        assertThat(report.status()).isEqualTo("ERROR");
        assertThat(report.headline()).isEqualTo("ERROR: 1 of 4 shards in error (1 account), 2 accounts non-compliant,"
                + " 7 findings on 5 resources (3 accounts, 2 regions, 4 shards)");
        assertThat(report.shardMillis()).containsEntry("p50", 1_200L);
    }

    @Test
    void ranksErrorsFirstThenErrorShardsThenScore() {
        OrgTally tally = new OrgTally();
        tally.add(Shards.shard("210000000001", "few-warnings", "us-west-2", "NON_COMPLIANT", 0, 2, 1));
        tally.add(Shards.shard("210000000002", "many-errors", "us-west-2", "NON_COMPLIANT", 12, 0, 4));
        tally.add(Shards.shard("210000000003", "healthy", "us-west-2", "COMPLIANT", 0, 0, 0));
        tally.add(ShardResult.failed("210000000004", "one-region-down", "us-west-2", "throttled"));
        tally.add(Shards.shard("210000000004", "one-region-down", "eu-west-1", "COMPLIANT", 0, 0, 0));
        tally.add(ShardResult.failed("210000000005", "role-missing", "us-west-2", "AccessDenied"));
        tally.add(ShardResult.failed("210000000005", "role-missing", "eu-west-1", "AccessDenied"));
        OrgReport report = tally.report(Shards.request(), "production", NOW);
        assertThat(report.ranking()).extracting(AccountSummary::accountName).containsExactly("role-missing",
                "one-region-down", "many-errors", "few-warnings", "healthy");
        assertThat(report.ranking()).extracting(AccountSummary::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(report.ranking().get(2).score()).isEqualTo(1_200);
        assertThat(report.ranking().get(0).score()).isEqualTo(2_000);
    }

    @Test
    void theValidatorsWeightsRankAccountsWithTheSameCounts() {
        ShardResult hygiene = Shards.shard("210000000001", "staging-hygiene", "us-west-2", "NON_COMPLIANT", 1, 0, 1);
        ShardResult failedBackup = Shards.shard("210000000002", "prod-failed-backup", "us-west-2", "NON_COMPLIANT", 1,
                0, 1);
        OrgTally tally = new OrgTally();
        tally.add(withWeight(hygiene, 200));
        tally.add(withWeight(failedBackup, 600));
        OrgReport report = tally.report(Shards.request(), "production", NOW);
        assertThat(report.ranking()).extracting(AccountSummary::accountName)
                .containsExactly("prod-failed-backup", "staging-hygiene");
        assertThat(report.ranking()).extracting(AccountSummary::score).containsExactly(600L, 200L);
    }

    private static ShardResult withWeight(ShardResult shard, long weight) {
        return new ShardResult(shard.accountId(), shard.accountName(), shard.region(), shard.status(), shard.reason(),
                shard.complete(), shard.findings(), shard.nonCompliantResources(), shard.findingsBySeverity(), weight,
                shard.controls(), shard.topFindings(), shard.reports(), shard.durationMillis());
    }

    @Test
    void keepsOnlyTheLoudestFindings() {
        OrgTally tally = new OrgTally();
        for (int i = 0; i < OrgTally.TOP_FINDINGS + 50; i++) {
            tally.add(Shards.shard(String.format("%012d", 210000000001L + i), "a" + i, "us-west-2", "NON_COMPLIANT",
                    1, 0, 1));
        }
        assertThat(tally.report(Shards.request(), "production", NOW).topFindings()).hasSize(OrgTally.TOP_FINDINGS);
    }

    @Test
    void aRunWithEveryShardCompliantSaysSo() {
        OrgTally tally = new OrgTally();
        tally.add(Shards.shard("210000000001", "payments-prod", "us-west-2", "COMPLIANT", 0, 0, 0));
        OrgReport report = tally.report(Shards.request(), "production", NOW);
        assertThat(report.headline()).isEqualTo("COMPLIANT: every shard compliant (1 account, 1 region, 1 shard)");
        assertThat(new OrgTally().report(Shards.request(), "production", NOW).headline())
                .isEqualTo("ERROR: the Map Run recorded no shard results");
    }
}
