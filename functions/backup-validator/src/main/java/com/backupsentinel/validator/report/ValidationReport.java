package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.RegionResult;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The complete result of one validation run: what was asked, over which window, how every control came out in
 * every region, and whether the run finished ({@code complete} false names the controls that did not).
 *
 * @param accountId  the account the function runs in (from its ARN)
 * @param accountAlias the account's alias when readable, else empty
 * @param accounts   whose jobs were listed: "this account", "all accounts (*)" or the ids
 * @param parameters every control's thresholds, as text, by control name
 */
@JsonPropertyOrder({"runId", "generatedAt", "environment", "accountId", "accountAlias", "trigger", "windowStart",
    "windowEnd", "lookbackHours",
    "timeZone", "regions", "accounts", "controls", "complete", "incompleteControls", "summary", "parameters",
    "results"})
public record ValidationReport(String runId, Instant generatedAt, String environment, String accountId,
                               String accountAlias, String trigger,
                               Instant windowStart, Instant windowEnd, int lookbackHours, String timeZone,
                               List<String> regions, String accounts, List<ControlId> controls, boolean complete,
                               List<String> incompleteControls, ReportSummary summary,
                               Map<String, Map<String, String>> parameters, List<RegionResult> results) {

    public ValidationReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountAlias, "accountAlias");
        regions = List.copyOf(regions);
        controls = List.copyOf(controls);
        incompleteControls = List.copyOf(incompleteControls);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        results = List.copyOf(results);
    }
}
