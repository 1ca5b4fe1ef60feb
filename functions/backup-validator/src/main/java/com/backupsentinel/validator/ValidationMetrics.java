package com.backupsentinel.validator;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.report.ControlSummary;
import com.backupsentinel.validator.report.ValidationReport;
import java.util.Map;

/**
 * The EMF metrics of a run, so alarms fire without reading reports: per control (dimension {@code Control})
 * NonCompliantResources, Findings and ControlErrors; BackupJobSuccessRate and StuckJobs; and per run
 * ValidationRuns and ValidationIncomplete.
 */
public final class ValidationMetrics {

    private final MetricsRecorder metrics;

    public ValidationMetrics(MetricsRecorder metrics) {
        this.metrics = metrics;
    }

    void record(ValidationReport report) {
        metrics.count("ValidationRuns", 1, Map.of());
        metrics.count("ValidationIncomplete", report.complete() ? 0 : 1, Map.of());
        for (ControlSummary control : report.summary().controls()) {
            Map<String, String> dimensions = Map.of("Control", control.control().wireName());
            metrics.count("NonCompliantResources", control.nonCompliantResources(), dimensions);
            metrics.count("Findings", control.findings(), dimensions);
            metrics.count("ControlErrors", control.status() == ControlStatus.ERROR ? 1 : 0, dimensions);
            Number rate = control.figures().get("backupSuccessRatePercent");
            if (rate != null) {
                metrics.measure("BackupJobSuccessRate", rate.doubleValue(), MetricsRecorder.Unit.PERCENT, dimensions);
            }
            Number stuck = control.figures().get("stuckJobs");
            if (stuck != null) {
                metrics.count("StuckJobs", stuck.doubleValue(), dimensions);
            }
        }
    }
}
