package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One shard of the run as the aggregator understands it, whichever way it ended: its own summary, the state
 * machine's Catch after retries ran out, or a child execution that failed outright.
 *
 * @param status      COMPLIANT, NON_COMPLIANT, ERROR or INCOMPLETE (the validator's statuses)
 * @param weight      the sum of the shard's finding weights (the validator's); 0 when its summary gave none
 * @param topFindings the shard's loudest findings in the validator's shape, kept as the shard wrote them
 * @param reports     the shard's report keys (json, html, controlComplianceCsv, resourceComplianceCsv); empty if none
 */
@JsonPropertyOrder({"accountId", "accountName", "region", "status", "reason", "complete", "findings",
    "nonCompliantResources", "findingsBySeverity", "weight", "controls", "topFindings", "reports", "durationMillis"})
public record ShardResult(String accountId, String accountName, String region, String status, String reason,
                          boolean complete, long findings, long nonCompliantResources,
                          Map<String, Long> findingsBySeverity, long weight, List<ControlLine> controls,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> topFindings,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> reports,
                          long durationMillis) {

    public static final String ERROR = "ERROR";

    public ShardResult {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        controls = List.copyOf(controls);
        topFindings = List.copyOf(topFindings);
        reports = Map.copyOf(reports);
    }

    /** A shard that produced no report: the Catch's or the child execution's failure. */
    static ShardResult failed(String accountId, String accountName, String region, String reason) {
        return new ShardResult(accountId, accountName, region, ERROR, reason, false, 0, 0, Map.of(), 0, List.of(),
                List.of(), Map.of(), 0);
    }

    public long severityCount(String severity) {
        return findingsBySeverity.getOrDefault(severity, 0L);
    }

    @JsonIgnore
    public boolean isError() {
        return ERROR.equals(status);
    }
}
