package com.backupsentinel.orgvalidation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRequestParserTest {

    @Test
    void readsTheRunThePlanShardsTaskNames() {
        PlanRequest request = PlanRequestParser.parse(Map.of("runId", "daily-2026-11-22",
                "runStartedAt", "2026-11-22T06:30:00.123Z"));
        assertThat(request.run().runId()).isEqualTo("daily-2026-11-22");
        assertThat(request.run().startedAt()).isEqualTo(Instant.parse("2026-11-22T06:30:00.123Z"));
        assertThat(request.run().folder()).isEqualTo("reports/org-validation/2026/11/22/daily-2026-11-22/");
    }

    @Test
    void refusesAnEmptyInputUnknownFieldsAndMissingOrMistypedValues() {
        assertThatThrownBy(() -> PlanRequestParser.parse(null)).isInstanceOf(InvalidPlanRequestException.class)
                .hasMessage("The plan input is empty: expected {\"runId\", \"runStartedAt\"} from the PlanShards task");
        assertThatThrownBy(() -> PlanRequestParser.parse(Map.of("runId", "r", "runStartedAt", "2026-11-22T06:30:00Z",
                "items", "[]"))).hasMessage("Unknown field(s) [items] in the plan input; expected [runId, runStartedAt]");
        assertThatThrownBy(() -> PlanRequestParser.parse(Map.of("runStartedAt", "2026-11-22T06:30:00Z")))
                .hasMessage("runId is required in the plan input");
        Map<String, Object> numeric = new HashMap<>(Map.of("runId", 7, "runStartedAt", "2026-11-22T06:30:00Z"));
        assertThatThrownBy(() -> PlanRequestParser.parse(numeric)).hasMessage("runId must be a string, got Integer");
        assertThatThrownBy(() -> PlanRequestParser.parse(Map.of("runId", "r", "runStartedAt", "yesterday")))
                .hasMessage("runStartedAt must be an ISO-8601 time such as 2026-11-22T06:30:00.123Z"
                        + " ($$.Execution.StartTime), got 'yesterday'");
        assertThatThrownBy(() -> PlanRequestParser.parse(Map.of("runId", "a/b", "runStartedAt",
                "2026-11-22T06:30:00Z"))).isInstanceOf(InvalidPlanRequestException.class)
                .hasMessage("runId must be 1 to 80 letters, digits, '-' or '_' (a Step Functions execution name),"
                        + " got 'a/b'");
    }
}
