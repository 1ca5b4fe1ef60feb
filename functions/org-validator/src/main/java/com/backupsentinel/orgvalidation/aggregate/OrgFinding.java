package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A finding of the run's top list: the shard's account name beside the validator's finding as the shard wrote it. */
@JsonPropertyOrder({"accountId", "accountName", "region", "finding"})
public record OrgFinding(String accountId, String accountName, String region, JsonNode finding) {

    public OrgFinding {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(finding, "finding");
    }

    /** ERROR 2, WARNING 1, anything else 0. */
    int loudness() {
        return switch (finding.path("severity").asText("")) {
            case "ERROR" -> 2;
            case "WARNING" -> 1;
            default -> 0;
        };
    }

    String field(String name) {
        return finding.path(name).asText("");
    }
}
