package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The run at a glance: how many controls came out which way, how many findings (ERROR ones apart) on how many
 * distinct resources, the environments the estate's plans, vaults and resources belong to, the ranked "what to fix
 * today" list and each control's summary. Every report format renders these numbers, never its own.
 */
@JsonPropertyOrder({"status", "compliant", "nonCompliant", "errors", "incomplete", "findings", "errorFindings",
    "nonCompliantResources", "estateEnvironments", "fixToday", "controls"})
public record ReportSummary(ControlStatus status, int compliant, int nonCompliant, int errors, int incomplete,
                            long findings, long errorFindings, int nonCompliantResources,
                            List<String> estateEnvironments, List<FixItem> fixToday, List<ControlSummary> controls) {

    public ReportSummary {
        estateEnvironments = List.copyOf(estateEnvironments);
        fixToday = List.copyOf(fixToday);
        controls = List.copyOf(controls);
    }

    /** Summarises per-control results: the overall status is the worst of them. */
    public static ReportSummary of(List<ControlSummary> controls, int distinctNonCompliantResources,
                                   long errorFindings, List<String> estateEnvironments, List<FixItem> fixToday) {
        int compliant = count(controls, ControlStatus.COMPLIANT);
        int nonCompliant = count(controls, ControlStatus.NON_COMPLIANT);
        int errors = count(controls, ControlStatus.ERROR);
        int incomplete = count(controls, ControlStatus.INCOMPLETE);
        ControlStatus status = errors > 0 ? ControlStatus.ERROR : incomplete > 0 ? ControlStatus.INCOMPLETE
                : nonCompliant > 0 ? ControlStatus.NON_COMPLIANT : ControlStatus.COMPLIANT;
        long findings = controls.stream().mapToLong(ControlSummary::findings).sum();
        return new ReportSummary(status, compliant, nonCompliant, errors, incomplete, findings, errorFindings,
                distinctNonCompliantResources, estateEnvironments, fixToday, controls);
    }

    private static int count(List<ControlSummary> controls, ControlStatus status) {
        return (int) controls.stream().filter(c -> c.status() == status).count();
    }
}
