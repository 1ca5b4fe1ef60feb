package com.backupsentinel.validator.report;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.controls.ResourceVerdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The two CSV reports, with the columns of AWS Backup Audit Manager's CONTROL_COMPLIANCE_REPORT and
 * RESOURCE_COMPLIANCE_REPORT first, in the same order, followed by Backup Sentinel's own columns. A control that
 * could not finish (ERROR, INCOMPLETE) is INSUFFICIENT_DATA in Audit Manager's column; {@code statusReason}
 * says why; {@code figures} carries the control's figures in that region (the same numbers, under the same names, as
 * the JSON report, the HTML, the digest and the invoke response).
 */
public final class CsvReports {

    static final String FRAMEWORK = "BackupSentinel";
    static final List<String> CONTROL_COLUMNS = List.of("accountId", "region", "frameworkName",
            "frameworkDescription", "controlName", "controlComplianceStatus", "lastEvaluationTime",
            "numResourcesCompliant", "numResourcesNonCompliant", "controlFrequency", "controlScope",
            "controlParameters", "findings", "statusReason", "figures");
    static final List<String> RESOURCE_COLUMNS = List.of("accountId", "region", "frameworkName",
            "frameworkDescription", "controlName", "resourceName", "resourceId", "resourceType",
            "resourceComplianceStatus", "lastEvaluationTime", "rules", "observedValues", "thresholds");

    private CsvReports() {
    }

    public static String controlCompliance(ValidationReport report) {
        StringBuilder csv = new StringBuilder(Csv.row(CONTROL_COLUMNS));
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                Map<String, String> parameters = report.parameters().getOrDefault(result.control().wireName(),
                        Map.of());
                csv.append(Csv.row(List.of(report.accountId(), region.region(), FRAMEWORK, description(report),
                        controlName(result), auditStatus(result.status()), report.generatedAt().toString(),
                        String.valueOf(result.compliantResources()), String.valueOf(result.nonCompliantResources()),
                        "TwentyFour_Hours", scope(parameters), json(parameters),
                        String.valueOf(result.findingsTotal()), result.reason(), json(result.figures()))));
            }
        }
        return csv.toString();
    }

    public static String resourceCompliance(ValidationReport report) {
        StringBuilder csv = new StringBuilder(Csv.row(RESOURCE_COLUMNS));
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                Map<String, List<Finding>> byResource = new LinkedHashMap<>();
                for (Finding finding : result.findings()) {
                    byResource.computeIfAbsent(finding.resourceArn(), k -> new ArrayList<>()).add(finding);
                }
                for (ResourceVerdict verdict : result.resources()) {
                    List<Finding> findings = byResource.getOrDefault(verdict.resourceArn(), List.of());
                    String account = verdict.accountId().isBlank() ? report.accountId() : verdict.accountId();
                    csv.append(Csv.row(List.of(account, region.region(), FRAMEWORK, description(report),
                            controlName(result), verdict.resourceName(), verdict.resourceArn(),
                            verdict.resourceType(), verdict.compliant() ? "COMPLIANT" : "NON_COMPLIANT",
                            report.generatedAt().toString(), join(findings, Finding::rule),
                            join(findings, Finding::observed), join(findings, Finding::threshold))));
                }
            }
        }
        return csv.toString();
    }

    private static String description(ValidationReport report) {
        return "Backup Sentinel validation of the " + report.environment() + " AWS Backup estate";
    }

    private static String controlName(ControlResult result) {
        return "BACKUP_SENTINEL_" + result.control().wireName().toUpperCase(Locale.ROOT);
    }

    private static String auditStatus(ControlStatus status) {
        return status == ControlStatus.COMPLIANT || status == ControlStatus.NON_COMPLIANT ? status.name()
                : "INSUFFICIENT_DATA";
    }

    private static String scope(Map<String, String> parameters) {
        String types = parameters.get("resourceTypes");
        return types == null ? "" : "{ComplianceResourceTypes: [" + types + "]}";
    }

    private static String json(Map<String, ?> values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode " + values.keySet(), e);
        }
    }

    private static String join(List<Finding> findings, Function<Finding, String> field) {
        return String.join(" | ", findings.stream().map(field).toList());
    }
}
