package com.backupsentinel.orgvalidation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.audit.AuditEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrgRunAuditTest {

    @Test
    void oneRunIsOneAuditEventNamedByTheRun() {
        OrgTally tally = new OrgTally();
        tally.add(Shards.shard("210000000001", "payments-prod", "us-west-2", "NON_COMPLIANT", 2, 0, 1));
        tally.add(ShardResult.failed("210000000002", "ledger-prod", "us-west-2", "AccessDenied"));
        OrgReport report = tally.report(Shards.request(), "production", Instant.parse("2026-11-22T06:45:00Z"));
        OrgLinks links = new OrgLinks("reports", "r/org-report.json", "r/org-report.html", "r/a.csv", "r/s.csv",
                "r/f.csv", "https://signed.example/x", 24);
        AuditEvent event = OrgRunAudit.of(report, links, Instant.parse("2026-11-22T06:46:00Z"));
        assertThat(event.eventId()).isEqualTo("org-validation-run-1");
        assertThat(event.opType()).isEqualTo("OrgValidation.Run");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-11-22T06:30:00Z"));
        assertThat(event.latencyInMillis()).isEqualTo(16 * 60 * 1000);
        assertThat(event.source()).isEqualTo("OrgValidationAggregatorFunction");
        assertThat(event.requestParams()).containsEntry("status", "ERROR").containsEntry("shards", "2")
                .containsEntry("shardsInError", "1").containsEntry("findings", "2")
                .containsEntry("report", "s3://reports/r/org-report.json");
    }
}
