package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.audit.AuditEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit event of one org run ({@code OrgValidation.Run}), recorded once per run by the aggregator: its outcome,
 * its counts, where the report went. The id is the run's, so a retried aggregation writes the same item.
 */
final class OrgRunAudit {

    static final String OP_TYPE = "OrgValidation.Run";

    private OrgRunAudit() {
    }

    static AuditEvent of(OrgReport report, OrgLinks links, Instant finished) {
        Map<String, String> params = new TreeMap<>();
        params.put("runId", report.runId());
        params.put("mapRunArn", report.mapRunArn());
        params.put("status", report.status());
        params.put("shards", Integer.toString(report.shards().total()));
        params.put("shardsInError", Integer.toString(report.shards().error()));
        params.put("accounts", Integer.toString(report.accounts().total()));
        params.put("accountsNonCompliant", Integer.toString(report.accounts().nonCompliant()));
        params.put("findings", Long.toString(report.findings()));
        params.put("regions", String.join(",", report.regions()));
        params.put("report", links.uri(links.json()));
        return new AuditEvent("org-validation-" + report.runId(), OP_TYPE, report.startedAt(), "state-machine", "",
                200, params, "", Math.max(0, Duration.between(report.startedAt(), finished).toMillis()),
                "OrgValidationAggregatorFunction");
    }
}
