package com.backupsentinel.orgvalidation.aggregate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The run as one self-contained HTML page (no script, no external resource): the headline and counts, each control
 * over all shards, the ranking of accounts worst first, and per account a drill-down ({@code <details>}) into its
 * regions' control statuses, loudest findings and a link to the shard's own full report. Every text from a member
 * account goes through {@link OrgText#html}.
 */
final class OrgHtml {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f23}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:4px 8px;"
            + "text-align:left;vertical-align:top}th{background:#f6f8fa}.s{padding:1px 6px;border-radius:3px;"
            + "font-size:.85em;white-space:nowrap}.COMPLIANT{background:#dafbe1}.NON_COMPLIANT{background:#ffebe9}"
            + ".ERROR{background:#cf222e;color:#fff}.INCOMPLETE{background:#fff8c5}details{margin:.4em 0}"
            + "summary{cursor:pointer}.muted{color:#57606a}";

    private OrgHtml() {
    }

    /** {@code link} turns a shard report's key into a URL a person can open (a pre-signed GET). */
    static String render(OrgReport report, Function<String, String> link) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backup Sentinel org"
                + " validation ").append(OrgText.html(report.runId())).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>Organisation backup validation</h1><p><span class=\"s ").append(css(report.status()))
                .append("\">").append(OrgText.html(report.status())).append("</span> ")
                .append(OrgText.html(report.headline())).append("</p>");
        html.append("<p class=\"muted\">Run ").append(OrgText.html(report.runId())).append(", started ")
                .append(WHEN.format(report.startedAt())).append(", report ").append(WHEN.format(report.generatedAt()))
                .append(", environment ").append(OrgText.html(report.environment())).append(", regions ")
                .append(OrgText.html(String.join(", ", report.regions()))).append("</p>");
        counts(html, report);
        controls(html, report);
        ranking(html, report);
        drillDown(html, report, link);
        findings(html, report.topFindings());
        return html.append("</body></html>").toString();
    }

    private static void counts(StringBuilder html, OrgReport report) {
        html.append("<table><tr><th></th><th>Total</th><th>Compliant</th><th>Non-compliant</th><th>Error</th>"
                + "<th>Incomplete</th></tr>");
        countRow(html, "Accounts", report.accounts());
        countRow(html, "Shards (account &times; region)", report.shards());
        html.append("</table><p>").append(report.findings()).append(" findings (")
                .append(severities(report.findingsBySeverity())).append(") on ").append(report.nonCompliantResources())
                .append(" non-compliant resources");
        if (!report.shardMillis().isEmpty()) {
            html.append("; shard time p50 ").append(report.shardMillis().get("p50")).append(" ms, p99 ")
                    .append(report.shardMillis().get("p99")).append(" ms");
        }
        html.append(".</p>");
    }

    private static void countRow(StringBuilder html, String label, StatusCounts counts) {
        html.append("<tr><th>").append(label).append("</th><td>").append(counts.total()).append("</td><td>")
                .append(counts.compliant()).append("</td><td>").append(counts.nonCompliant()).append("</td><td>")
                .append(counts.error()).append("</td><td>").append(counts.incomplete()).append("</td></tr>");
    }

    private static void controls(StringBuilder html, OrgReport report) {
        html.append("<h2>Controls over every shard</h2><table><tr><th>Control</th><th>Compliant shards</th>"
                + "<th>Non-compliant shards</th><th>Error shards</th><th>Incomplete shards</th>"
                + "<th>Non-compliant resources</th><th>Findings</th></tr>");
        for (ControlTotals control : report.controls()) {
            html.append("<tr><td>").append(OrgText.html(control.control())).append("</td><td>")
                    .append(control.shardsCompliant()).append("</td><td>").append(control.shardsNonCompliant())
                    .append("</td><td>").append(control.shardsError()).append("</td><td>")
                    .append(control.shardsIncomplete()).append("</td><td>").append(control.nonCompliantResources())
                    .append("</td><td>").append(control.findings()).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void ranking(StringBuilder html, OrgReport report) {
        html.append("<h2>Accounts, worst first</h2><table><tr><th>#</th><th>Account</th><th>Status</th>"
                + "<th>Score</th><th>Error shards</th><th>Findings</th><th>Non-compliant resources</th>"
                + "<th>Regions</th></tr>");
        for (AccountSummary account : report.ranking()) {
            html.append("<tr><td>").append(account.rank()).append("</td><td><a href=\"#a").append(account.accountId())
                    .append("\">").append(OrgText.html(account.label())).append("</a></td><td>")
                    .append(chip(account.status())).append("</td><td>").append(account.score()).append("</td><td>")
                    .append(account.errorShards()).append("</td><td>").append(account.findings()).append(" (")
                    .append(severities(account.findingsBySeverity())).append(")</td><td>")
                    .append(account.nonCompliantResources()).append("</td><td>");
            for (ShardResult shard : account.shards()) {
                html.append(OrgText.html(shard.region())).append(' ').append(chip(shard.status())).append(' ');
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void drillDown(StringBuilder html, OrgReport report, Function<String, String> link) {
        html.append("<h2>Drill-down</h2>");
        for (AccountSummary account : report.ranking()) {
            html.append("<details id=\"a").append(account.accountId()).append('"')
                    .append(Statuses.COMPLIANT.equals(account.status()) ? "" : " open").append("><summary>")
                    .append(account.rank()).append(". ").append(OrgText.html(account.label())).append(' ')
                    .append(chip(account.status())).append("</summary>");
            for (ShardResult shard : account.shards()) {
                shard(html, shard, link);
            }
            html.append("</details>");
        }
    }

    private static void shard(StringBuilder html, ShardResult shard, Function<String, String> link) {
        html.append("<h3>").append(OrgText.html(shard.region())).append(' ').append(chip(shard.status()))
                .append("</h3>");
        if (!shard.reason().isEmpty()) {
            html.append("<p>").append(OrgText.html(shard.reason())).append("</p>");
        }
        if (!shard.controls().isEmpty()) {
            html.append("<p>");
            for (ControlLine control : shard.controls()) {
                html.append(OrgText.html(control.control())).append(' ').append(chip(control.status()));
                if (control.findings() > 0) {
                    html.append(" (").append(control.findings()).append(')');
                }
                html.append(" &nbsp; ");
            }
            html.append("</p>");
        }
        if (!shard.topFindings().isEmpty()) {
            html.append("<table><tr><th>Severity</th><th>Control</th><th>Resource</th><th>Observed</th>"
                    + "<th>Threshold</th></tr>");
            shard.topFindings().forEach(node -> findingRow(html, new OrgFinding(shard.accountId(),
                    shard.accountName(), shard.region(), node), false));
            html.append("</table>");
        }
        String json = shard.reports().get("json");
        String page = shard.reports().get("html");
        if (page != null) {
            html.append("<p><a href=\"").append(OrgText.html(link.apply(page))).append("\">Full shard report</a>")
                    .append(" <span class=\"muted\">(").append(shard.findings()).append(" findings; JSON ")
                    .append(OrgText.html(json == null ? "" : json)).append(")</span></p>");
        }
    }

    private static void findings(StringBuilder html, List<OrgFinding> findings) {
        html.append("<h2>Loudest findings</h2><table><tr><th>Account</th><th>Region</th><th>Severity</th>"
                + "<th>Control</th><th>Resource</th><th>Observed</th><th>Threshold</th></tr>");
        findings.forEach(finding -> findingRow(html, finding, true));
        html.append("</table>");
    }

    private static void findingRow(StringBuilder html, OrgFinding finding, boolean where) {
        html.append("<tr>");
        if (where) {
            html.append("<td>").append(OrgText.html(finding.accountName().isEmpty() ? finding.accountId()
                    : finding.accountName())).append("</td><td>").append(OrgText.html(finding.region()))
                    .append("</td>");
        }
        String resource = finding.field("resourceName").isEmpty() ? finding.field("resourceArn")
                : finding.field("resourceName");
        html.append("<td>").append(OrgText.html(finding.field("severity"))).append("</td><td>")
                .append(OrgText.html(finding.field("control"))).append("</td><td>").append(OrgText.html(resource))
                .append("</td><td>").append(OrgText.html(finding.field("observed"))).append("</td><td>")
                .append(OrgText.html(finding.field("threshold"))).append("</td></tr>");
    }

    private static String severities(Map<String, Long> counts) {
        return counts.getOrDefault("ERROR", 0L) + " error, " + counts.getOrDefault("WARNING", 0L) + " warning, "
                + counts.getOrDefault("INFO", 0L) + " info";
    }

    private static String chip(String status) {
        return "<span class=\"s " + css(status) + "\">" + OrgText.html(status) + "</span>";
    }

    private static String css(String status) {
        return switch (status) {
            case "COMPLIANT", "NON_COMPLIANT", "ERROR", "INCOMPLETE" -> status;
            default -> "INCOMPLETE";
        };
    }
}
