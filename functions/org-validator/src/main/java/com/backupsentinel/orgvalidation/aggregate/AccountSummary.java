package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member account over its regions, ranked: its worst shard's status, how many shards failed, the risk score
 * ({@link Ranking}), summed findings, and each region's shard for the drill-down.
 */
@JsonPropertyOrder({"rank", "accountId", "accountName", "status", "score", "errorShards", "findings",
    "nonCompliantResources", "findingsBySeverity", "shards"})
public record AccountSummary(int rank, String accountId, String accountName, String status, long score,
                             int errorShards, long findings, long nonCompliantResources,
                             Map<String, Long> findingsBySeverity, List<ShardResult> shards) {

    public AccountSummary {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(status, "status");
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        shards = List.copyOf(shards);
    }

    AccountSummary ranked(int position) {
        return new AccountSummary(position, accountId, accountName, status, score, errorShards, findings,
                nonCompliantResources, findingsBySeverity, shards);
    }

    /** The account's name for people: its Organizations name, or its id when it has none. */
    public String label() {
        return accountName.isEmpty() ? accountId : accountName + " (" + accountId + ")";
    }
}
