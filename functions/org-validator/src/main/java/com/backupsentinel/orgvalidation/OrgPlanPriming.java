package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.plan.PlanRequestParser;
import com.backupsentinel.orgvalidation.plan.PlanService;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.priming.CannedResponses;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the plan function: one plan over a canned organisation of one ACTIVE account (or the
 * OrgAccounts list), so ListAccounts and its paging, the items writer, the S3 upload and the answer run once before
 * the snapshot.
 */
final class OrgPlanPriming extends HotPathPriming {

    private static final String ACCOUNTS = "{\"Accounts\":[{\"Id\":\"123456789012\",\"Arn\":\"arn:aws:organizations::"
            + "123456789012:account/o-priming000/123456789012\",\"Email\":\"priming@example.com\",\"Name\":\"priming\","
            + "\"State\":\"ACTIVE\",\"Status\":\"ACTIVE\",\"JoinedMethod\":\"CREATED\",\"JoinedTimestamp\":1.7E9}]}";

    private final PlanService service;

    OrgPlanPriming(PlanService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    protected CannedResponses responses() {
        return CannedResponses.defaults().with("Organizations:ListAccounts", ACCOUNTS);
    }

    @Override
    protected void prime() throws Exception {
        Json.mapper().writeValueAsBytes(service.plan(PlanRequestParser.parse(Map.of("runId", "priming",
                "runStartedAt", "2026-01-01T00:00:00Z"))));
    }
}
