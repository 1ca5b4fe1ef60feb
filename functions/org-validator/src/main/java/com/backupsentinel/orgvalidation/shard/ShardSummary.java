package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.report.ControlSummary;
import com.backupsentinel.validator.report.ReportLinks;
import com.backupsentinel.validator.report.ValidationReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a shard answers, and so what the Map's ResultWriter keeps of it: small (a few KB, far below the 256 KiB a
 * state's output may have), with the validator's own shapes for the per-control summaries and findings. The
 * complete report (every finding and verdict) is the shard's JSON report in S3, named in {@code reports}.
 *
 * @param status      the report's overall status; ERROR when the shard could not run (then {@code reason} says why)
 * @param weight      the sum of its findings' weights (the validator's severity x environment x impact), for ranking
 * @param controls    the validator's per-control summaries (control, title, status, counts, figures, reason)
 * @param topFindings the shard's {@value #TOP_FINDINGS} loudest findings, in the validator's finding shape
 * @param reports     the keys of the shard's JSON, HTML and CSV reports in the report bucket; empty when none
 */
@JsonPropertyOrder({"accountId", "accountName", "region", "status", "reason", "complete", "findings",
    "nonCompliantResources", "findingsBySeverity", "weight", "controls", "topFindings", "reports", "durationMillis"})
public record ShardSummary(String accountId, String accountName, String region, ControlStatus status, String reason,
                           boolean complete, long findings, int nonCompliantResources,
                           Map<String, Long> findingsBySeverity, long weight, List<ControlSummary> controls,
                           List<Finding> topFindings, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> reports,
                           long durationMillis) {

    static final int TOP_FINDINGS = 5;
    private static final Comparator<Finding> LOUDEST = Comparator.comparing(Finding::severity).reversed();

    public ShardSummary {
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

    /** The summary of a shard whose validation ran (every control may still have come out ERROR). */
    static ShardSummary of(ShardRequest request, ValidationReport report, ReportLinks links, long durationMillis) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        List<Finding> all = new ArrayList<>();
        long weight = 0;
        for (RegionResult region : report.results()) {
            for (ControlResult control : region.controls()) {
                for (Finding finding : control.findings()) {
                    bySeverity.merge(finding.severity(), 1L, Long::sum);
                    weight += finding.weight();
                    all.add(finding);
                }
            }
        }
        Map<String, Long> severities = new LinkedHashMap<>();
        bySeverity.forEach((severity, count) -> severities.put(severity.name(), count));
        List<Finding> top = all.stream().sorted(LOUDEST).limit(TOP_FINDINGS).toList();
        String reason = report.summary().controls().stream().filter(c -> !c.reason().isEmpty())
                .map(c -> c.control().wireName() + ": " + c.reason()).findFirst().orElse("");
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("json", links.json());
        reports.put("html", links.html());
        reports.put("controlComplianceCsv", links.controlComplianceCsv());
        reports.put("resourceComplianceCsv", links.resourceComplianceCsv());
        // An item from the OrgAccounts list carries no name: the member's alias (read by the validator through the
        // member role) names it then.
        String name = request.accountName().isEmpty() ? report.accountAlias() : request.accountName();
        return new ShardSummary(request.accountId(), name, request.region(),
                report.summary().status(), reason, report.complete(), report.summary().findings(),
                report.summary().nonCompliantResources(), severities, weight, report.summary().controls(), top, reports,
                durationMillis);
    }

    /** The summary of a shard that could not run at all (the member role could not be assumed). */
    static ShardSummary error(ShardRequest request, String reason, long durationMillis) {
        return new ShardSummary(request.accountId(), request.accountName(), request.region(), ControlStatus.ERROR,
                reason, false, 0, 0, Map.of(), 0, List.of(), List.of(), Map.of(), durationMillis);
    }
}
