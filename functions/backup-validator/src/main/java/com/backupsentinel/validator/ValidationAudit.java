package com.backupsentinel.validator;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.validator.report.ReportSummary;
import com.backupsentinel.validator.report.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The audit event of one validation run ({@code Validation.Run}): trigger, outcome, counts and duration. */
final class ValidationAudit {

    static final String OP_TYPE = "Validation.Run";

    private ValidationAudit() {
    }

    /**
     * @param started        when the run started (the event's createdAt)
     * @param finished       when the digest went out
     * @param reportsWritten false when the reports could not be written (the run then answers 500)
     */
    static AuditEvent of(ValidationRequest request, Invocation invocation, ValidationReport report, Instant started,
                         Instant finished, boolean reportsWritten) {
        ReportSummary summary = report.summary();
        Map<String, String> params = new TreeMap<>();
        params.put("trigger", request.trigger().name().toLowerCase(Locale.ROOT));
        params.put("runId", report.runId());
        params.put("status", summary.status().name());
        params.put("complete", Boolean.toString(report.complete()));
        params.put("controls", Integer.toString(report.controls().size()));
        params.put("compliant", Integer.toString(summary.compliant()));
        params.put("nonCompliant", Integer.toString(summary.nonCompliant()));
        params.put("errors", Integer.toString(summary.errors()));
        params.put("incomplete", Integer.toString(summary.incomplete()));
        params.put("findings", Long.toString(summary.findings()));
        params.put("nonCompliantResources", Integer.toString(summary.nonCompliantResources()));
        params.put("regions", String.join(",", report.regions()));
        params.put("lookbackHours", Integer.toString(report.lookbackHours()));
        String eventId = "validation-" + (invocation.requestId().isEmpty() ? report.runId() : invocation.requestId());
        return new AuditEvent(eventId, OP_TYPE, started,
                request.trigger() == ValidationRequest.Trigger.SCHEDULE ? "schedule" : "invoke", "",
                reportsWritten ? 200 : 500, params, "",
                Math.max(0, Duration.between(started, finished).toMillis()), "BackupValidatorFunction");
    }
}
