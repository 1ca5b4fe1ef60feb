package com.backupsentinel.validator;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.validator.report.ControlSummary;
import com.backupsentinel.validator.report.Digest;
import com.backupsentinel.validator.report.FixToday;
import com.backupsentinel.validator.report.SummaryTable;
import com.backupsentinel.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a direct invoke answers, so {@code aws lambda invoke} prints it: the summary (status, headline, a text
 * table, every control's counts and figures, where the reports are) and, when {@code send_full_report} is true,
 * the report under {@code report}, without the per-resource verdict lists (they are in the JSON report in S3) and,
 * should it still come near Lambda's 6 MB response limit, without the findings lists too. Plain maps and lists, so
 * the Lambda runtime serializes it as is.
 */
final class ValidationResponse {

    /** Stay well under Lambda's 6 MB synchronous response limit. */
    static final int MAX_REPORT_BYTES = 4_000_000;

    private ValidationResponse() {
    }

    static Map<String, Object> of(ValidationOutcome outcome, boolean fullReport) {
        ValidationReport report = outcome.report();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", report.summary().status().name());
        response.put("headline", Digest.headline(report));
        response.put("findings", report.summary().findings());
        response.put("errorFindings", report.summary().errorFindings());
        List<String> fixToday = new ArrayList<>();
        for (int i = 0; i < report.summary().fixToday().size(); i++) {
            fixToday.add(FixToday.line(i + 1, report.summary().fixToday().get(i)));
        }
        response.put("fixToday", fixToday);
        response.put("complete", report.complete());
        response.put("incompleteControls", report.incompleteControls());
        response.put("environment", report.environment());
        response.put("accountId", report.accountId());
        response.put("accountAlias", report.accountAlias());
        response.put("runId", report.runId());
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("start", report.windowStart().toString());
        window.put("end", report.windowEnd().toString());
        window.put("lookbackHours", report.lookbackHours());
        response.put("window", window);
        response.put("regions", report.regions());
        response.put("accounts", report.accounts());
        response.put("summaryTable", List.of(SummaryTable.render(report.summary()).split("\n")));
        List<Map<String, Object>> controls = new ArrayList<>();
        for (ControlSummary control : report.summary().controls()) {
            controls.add(control(control));
        }
        response.put("controls", controls);
        response.put("reports", Json.mapper().convertValue(outcome.links(), Map.class));
        response.put("digestMessageId", outcome.digestMessageId());
        if (fullReport) {
            response.put("report", reportBody(report, outcome.links().uri(outcome.links().json())));
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> reportBody(ValidationReport report, String completeReport) {
        Map<String, Object> body = Json.mapper().convertValue(report, Map.class);
        List<Map<String, Object>> controls = new ArrayList<>();
        for (Map<String, Object> region : (List<Map<String, Object>>) body.get("results")) {
            controls.addAll((List<Map<String, Object>>) region.get("controls"));
        }
        controls.forEach(control -> control.remove("resources"));
        String omitted = "per-resource verdicts";
        if (size(body) > MAX_REPORT_BYTES) {
            controls.forEach(control -> control.remove("findings"));
            omitted = "per-resource verdicts and findings";
        }
        body.put("omitted", omitted + " (the complete report is " + completeReport + ")");
        return body;
    }

    private static int size(Map<String, Object> body) {
        try {
            return Json.mapper().writeValueAsBytes(body).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the report", e);
        }
    }

    private static Map<String, Object> control(ControlSummary control) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("control", control.control().wireName());
        item.put("title", control.title());
        item.put("status", control.status().name());
        item.put("nonCompliantResources", control.nonCompliantResources());
        item.put("evaluatedResources", control.compliantResources() + control.nonCompliantResources());
        item.put("findings", control.findings());
        item.put("figures", control.figures());
        if (!control.reason().isEmpty()) {
            item.put("reason", control.reason());
        }
        return item;
    }
}
