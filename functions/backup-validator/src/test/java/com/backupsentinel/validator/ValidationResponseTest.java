package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.controls.ResourceVerdict;
import com.backupsentinel.validator.report.ReportLinks;
import com.backupsentinel.validator.report.Summaries;
import com.backupsentinel.validator.report.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationResponseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final ReportLinks LINKS = new ReportLinks("bucket", "r.json", "r.html", "c.csv", "v.csv", "link", 24);

    private static ValidationOutcome outcome(int resources) {
        List<ResourceVerdict> verdicts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < resources; i++) {
            String arn = "arn:aws:ec2:us-west-2:123456789012:volume/vol-" + "x".repeat(40) + i;
            verdicts.add(new ResourceVerdict(arn, "vol-" + i, "EBS", "123456789012", false));
            if (findings.size() < 500) {
                findings.add(new Finding(ControlId.RPO, "us-west-2", "123456789012", arn, "vol-" + i, "EBS",
                        "rpo_target", "no usable recovery point " + "y".repeat(1000), "at most 24 h",
                        Severity.ERROR));
            }
        }
        List<ControlResult> controls = new ArrayList<>();
        for (ControlId id : ControlId.values()) {
            controls.add(new ControlResult(id, "us-west-2", ControlStatus.NON_COMPLIANT, "", 0, resources, Map.of(),
                    resources, resources, Map.of("rpo_target", (long) resources), findings, verdicts, null));
        }
        RegionResult region = new RegionResult("us-west-2", controls, List.of());
        List<ControlId> ids = List.of(ControlId.values());
        ValidationReport report = new ValidationReport("run", NOW, "production", "123456789012", "", "DIRECT",
                NOW.minusSeconds(86400), NOW, 24, "UTC", List.of("us-west-2"), "this account", ids, true, List.of(),
                Summaries.of(ids, List.of(region)), Map.of(), List.of(region));
        return new ValidationOutcome(report, LINKS, "m-1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstControl(Map<String, Object> response) {
        Map<String, Object> report = (Map<String, Object>) response.get("report");
        return ((List<Map<String, Object>>) ((List<Map<String, Object>>) report.get("results")).get(0).get("controls"))
                .get(0);
    }

    @Test
    void leavesTheVerdictListsToTheReportInS3() {
        Map<String, Object> response = ValidationResponse.of(outcome(10), true);

        assertThat(firstControl(response)).doesNotContainKey("resources").containsKey("findings");
        assertThat((Map<String, Object>) response.get("report")).containsEntry("omitted",
                "per-resource verdicts (the complete report is s3://bucket/r.json)");
    }

    @Test
    void dropsTheFindingsTooWhenTheResponseWouldNearLambdasLimit() throws Exception {
        Map<String, Object> response = ValidationResponse.of(outcome(20_000), true);

        assertThat(firstControl(response)).doesNotContainKey("findings").containsEntry("findingsTotal", 20_000L);
        assertThat(Json.mapper().writeValueAsBytes(response).length).isLessThan(ValidationResponse.MAX_REPORT_BYTES);
        assertThat((Map<String, Object>) response.get("report")).containsEntry("omitted",
                "per-resource verdicts and findings (the complete report is s3://bucket/r.json)");
    }

    @Test
    void answersOnlyTheSummaryWhenNoFullReportIsAsked() {
        assertThat(ValidationResponse.of(outcome(3), false)).doesNotContainKey("report")
                .containsEntry("digestMessageId", "m-1").containsEntry("status", "NON_COMPLIANT");
    }
}
