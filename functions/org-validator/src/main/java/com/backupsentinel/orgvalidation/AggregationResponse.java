package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.aggregate.AccountSummary;
import com.backupsentinel.orgvalidation.aggregate.AggregationOutcome;
import com.backupsentinel.orgvalidation.aggregate.OrgReport;
import com.backupsentinel.shared.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aggregator answers (the state machine's output, so the console shows it): status, headline, the counts,
 * the ten worst accounts, where the reports are and the digest's message id. Plain maps and lists.
 */
final class AggregationResponse {

    static final int WORST = 10;

    private AggregationResponse() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(AggregationOutcome outcome) {
        OrgReport report = outcome.report();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", report.status());
        response.put("headline", report.headline());
        response.put("runId", report.runId());
        response.put("regions", report.regions());
        response.put("shards", Json.mapper().convertValue(report.shards(), Map.class));
        response.put("accounts", Json.mapper().convertValue(report.accounts(), Map.class));
        response.put("findings", report.findings());
        response.put("nonCompliantResources", report.nonCompliantResources());
        List<Map<String, Object>> worst = new ArrayList<>();
        for (AccountSummary account : report.ranking().subList(0, Math.min(WORST, report.ranking().size()))) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", account.rank());
            line.put("accountId", account.accountId());
            line.put("accountName", account.accountName());
            line.put("status", account.status());
            line.put("score", account.score());
            line.put("errorShards", account.errorShards());
            line.put("findings", account.findings());
            worst.add(line);
        }
        response.put("worstAccounts", worst);
        response.put("reports", Json.mapper().convertValue(outcome.links(), Map.class));
        response.put("digestMessageId", outcome.digestMessageId());
        return response;
    }
}
