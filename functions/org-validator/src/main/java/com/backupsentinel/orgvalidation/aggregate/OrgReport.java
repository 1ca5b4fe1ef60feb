package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One org run, every shard accounted for: the totals (which are the sums of the shards' own), each control over all
 * shards, every account ranked worst first with its shards for the drill-down, and the loudest findings.
 *
 * @param shardMillis p50, p99 and max of the shards' own durations (0 for shards that reported none)
 */
@JsonPropertyOrder({"runId", "startedAt", "generatedAt", "environment", "mapRunArn", "status", "headline", "regions",
    "shards", "accounts", "findings", "nonCompliantResources", "findingsBySeverity", "shardMillis", "controls",
    "ranking", "topFindings"})
public record OrgReport(String runId, Instant startedAt, Instant generatedAt, String environment, String mapRunArn,
                        String status, String headline, List<String> regions, StatusCounts shards,
                        StatusCounts accounts, long findings, long nonCompliantResources,
                        Map<String, Long> findingsBySeverity, Map<String, Long> shardMillis,
                        List<ControlTotals> controls, List<AccountSummary> ranking, List<OrgFinding> topFindings) {

    public OrgReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headline, "headline");
        regions = List.copyOf(regions);
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        shardMillis = Map.copyOf(shardMillis);
        controls = List.copyOf(controls);
        ranking = List.copyOf(ranking);
        topFindings = List.copyOf(topFindings);
    }
}
