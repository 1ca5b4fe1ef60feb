package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The run at a glance: how many controls came out which way, how many findings on how many distinct resources,
 * and each control's summary.
 */
@JsonPropertyOrder({"status", "compliant", "nonCompliant", "errors", "incomplete", "findings",
    "nonCompliantResources", "controls"})
public record ReportSummary(ControlStatus status, int compliant, int nonCompliant, int errors, int incomplete,
                            long findings, int nonCompliantResources, List<ControlSummary> controls) {

    public ReportSummary {
        controls = List.copyOf(controls);
    }

    /** Summarises per-control results: the overall status is the worst of them. */
    public static ReportSummary of(List<ControlSummary> controls, int distinctNonCompliantResources) {
        int compliant = count(controls, ControlStatus.COMPLIANT);
        int nonCompliant = count(controls, ControlStatus.NON_COMPLIANT);
        int errors = count(controls, ControlStatus.ERROR);
        int incomplete = count(controls, ControlStatus.INCOMPLETE);
        ControlStatus status = errors > 0 ? ControlStatus.ERROR : incomplete > 0 ? ControlStatus.INCOMPLETE
                : nonCompliant > 0 ? ControlStatus.NON_COMPLIANT : ControlStatus.COMPLIANT;
        long findings = controls.stream().mapToLong(ControlSummary::findings).sum();
        return new ReportSummary(status, compliant, nonCompliant, errors, incomplete, findings,
                distinctNonCompliantResources, controls);
    }

    private static int count(List<ControlSummary> controls, ControlStatus status) {
        return (int) controls.stream().filter(c -> c.status() == status).count();
    }
}
