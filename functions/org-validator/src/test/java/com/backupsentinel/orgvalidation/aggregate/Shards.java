package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Shard results and ResultWriter records as the tests need them. */
final class Shards {

    private Shards() {
    }

    static ShardResult shard(String account, String name, String region, String status, long errors, long warnings,
                             long resources) {
        ObjectNode finding = Json.mapper().createObjectNode().put("control", "rpo").put("severity", "ERROR")
                .put("resourceArn", "arn:aws:rds:" + region + ":" + account + ":db:orders").put("resourceName", name)
                .put("observed", "newest recovery point is 27 h old").put("threshold", "24 h");
        return new ShardResult(account, name, region, status, "", true, errors + warnings, resources,
                Map.of("ERROR", errors, "WARNING", warnings), 0, List.of(new ControlLine("rpo", status, 3, resources,
                errors + warnings)), errors > 0 ? List.of(finding) : List.<JsonNode>of(),
                Map.of("json", "reports/x/" + account + "/" + region + "/validation.json", "html",
                        "reports/x/" + account + "/" + region + "/validation.html"), 1_200);
    }

    static AggregateRequest request() {
        return AggregateRequestParser.parse(Map.of("resultWriterDetails", Map.of("Bucket", "reports", "Key",
                "reports/org-validation/map-runs/4d99/manifest.json"), "mapRunArn", "arn:aws:states:us-east-1:"
                + "123456789012:mapRun:org/ValidateShards:4d99", "runId", "run-1", "runStartedAt",
                "2026-11-22T06:30:00Z"));
    }
}
