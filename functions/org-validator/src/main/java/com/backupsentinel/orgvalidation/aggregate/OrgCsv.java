package com.backupsentinel.orgvalidation.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run as three CSVs: one row per account (the ranking), one per shard (with each control's status as a column),
 * and one per top finding. Every cell goes through {@link OrgText#csvCell}.
 */
final class OrgCsv {

    private OrgCsv() {
    }

    static String accounts(OrgReport report) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("rank", "account_id", "account_name", "status", "score", "shards", "error_shards",
                "findings", "error_findings", "warning_findings", "info_findings", "non_compliant_resources",
                "regions_not_compliant", "reason"));
        for (AccountSummary account : report.ranking()) {
            List<String> regions = new ArrayList<>();
            String reason = "";
            for (ShardResult shard : account.shards()) {
                if (!Statuses.COMPLIANT.equals(shard.status())) {
                    regions.add(shard.region() + " " + shard.status());
                }
                if (reason.isEmpty() && !shard.reason().isEmpty()) {
                    reason = shard.region() + ": " + shard.reason();
                }
            }
            Map<String, Long> severity = account.findingsBySeverity();
            row(csv, List.of(Integer.toString(account.rank()), account.accountId(), account.accountName(),
                    account.status(), Long.toString(account.score()), Integer.toString(account.shards().size()),
                    Integer.toString(account.errorShards()), Long.toString(account.findings()),
                    count(severity, "ERROR"), count(severity, "WARNING"), count(severity, "INFO"),
                    Long.toString(account.nonCompliantResources()), String.join("; ", regions), reason));
        }
        return csv.toString();
    }

    static String shards(OrgReport report) {
        List<String> controls = report.controls().stream().map(ControlTotals::control).toList();
        List<String> header = new ArrayList<>(List.of("account_id", "account_name", "region", "status", "findings",
                "error_findings", "warning_findings", "info_findings", "non_compliant_resources", "duration_ms"));
        header.addAll(controls);
        header.addAll(List.of("reason", "report_json"));
        StringBuilder csv = new StringBuilder();
        row(csv, header);
        for (AccountSummary account : report.ranking()) {
            for (ShardResult shard : account.shards()) {
                List<String> cells = new ArrayList<>(List.of(shard.accountId(), shard.accountName(), shard.region(),
                        shard.status(), Long.toString(shard.findings()), count(shard.findingsBySeverity(), "ERROR"),
                        count(shard.findingsBySeverity(), "WARNING"), count(shard.findingsBySeverity(), "INFO"),
                        Long.toString(shard.nonCompliantResources()), Long.toString(shard.durationMillis())));
                for (String control : controls) {
                    cells.add(shard.controls().stream().filter(line -> line.control().equals(control))
                            .map(ControlLine::status).findFirst().orElse(""));
                }
                cells.add(shard.reason());
                cells.add(shard.reports().getOrDefault("json", ""));
                row(csv, cells);
            }
        }
        return csv.toString();
    }

    static String findings(OrgReport report) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("account_id", "account_name", "region", "severity", "control", "rule", "resource_type",
                "resource_name", "resource_arn", "observed", "threshold"));
        for (OrgFinding finding : report.topFindings()) {
            row(csv, List.of(finding.accountId(), finding.accountName(), finding.region(), finding.field("severity"),
                    finding.field("control"), finding.field("rule"), finding.field("resourceType"),
                    finding.field("resourceName"), finding.field("resourceArn"), finding.field("observed"),
                    finding.field("threshold")));
        }
        return csv.toString();
    }

    private static String count(Map<String, Long> severities, String severity) {
        return Long.toString(severities.getOrDefault(severity, 0L));
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(OrgText.csvCell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
