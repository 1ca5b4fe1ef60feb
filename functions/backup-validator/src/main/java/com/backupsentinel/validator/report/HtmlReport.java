package com.backupsentinel.validator.report;

import com.backupsentinel.shared.text.UntrustedText;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.OutcomeCounts;
import com.backupsentinel.validator.controls.RpoAge;
import com.backupsentinel.validator.inventory.JobKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-contained HTML report: inline CSS and SVG, no scripts, no external assets. Everything that comes
 * from AWS data or the request is escaped.
 */
public final class HtmlReport {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = "body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
            + "margin:0;background:#f5f6f8;color:#212121;font-size:14px}"
            + "main{max-width:1180px;margin:0 auto;padding:24px}"
            + "h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}"
            + "h3{font-size:15px;margin:16px 0 8px}.meta{color:#616161;margin:0 0 16px}"
            + ".banner{border-radius:8px;padding:14px 18px;color:#fff;font-size:17px;margin:12px 0}"
            + ".b-COMPLIANT{background:#2e7d32}.b-NON_COMPLIANT{background:#c62828}"
            + ".b-ERROR{background:#6a1b9a}.b-INCOMPLETE{background:#ef6c00}"
            + ".warn{background:#fff3e0;border-left:4px solid #ef6c00;padding:10px 14px;margin:10px 0}"
            + "table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:12px}"
            + "th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e0e0e0;vertical-align:top}"
            + "th{background:#eceff1;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}"
            + ".pill{display:inline-block;border-radius:10px;padding:1px 9px;color:#fff;font-size:12px;font-weight:600;"
            + "white-space:nowrap}"
            + ".s-COMPLIANT{background:#2e7d32}.s-NON_COMPLIANT{background:#c62828}.s-ERROR{background:#6a1b9a}"
            + ".s-INCOMPLETE{background:#ef6c00}.v-ERROR{color:#c62828;font-weight:600}"
            + ".v-WARNING{color:#ef6c00;font-weight:600}.v-INFO{color:#1565c0}"
            + ".charts{display:grid;grid-template-columns:1fr;gap:16px}"
            + ".card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}"
            + ".card h3{margin-top:4px}.small{font-size:12px;color:#616161}code{font-size:12px;word-break:break-all}"
            + "details{margin:8px 0}summary{cursor:pointer;font-weight:600;padding:4px 0}"
            + "table.fix td{font-size:14px}table.fix td.rank{font-size:20px;font-weight:700;color:#616161;width:28px}"
            + ".env{display:inline-block;border-radius:4px;padding:0 6px;font-size:11px;font-weight:700;"
            + "text-transform:uppercase;border:1px solid #9e9e9e;color:#424242}.env-production{border-color:#c62828;"
            + "color:#c62828}.env-staging{border-color:#ef6c00;color:#ef6c00}a.go{white-space:nowrap;font-weight:600}"
            + ".why{color:#212121}.exp{color:#616161;font-size:12px}.ctl{color:#616161;font-weight:600}"
            + ".also{margin-top:6px;padding-top:6px;border-top:1px dashed #e0e0e0}td.who{width:230px}"
            + "td.rule{font-size:12px;color:#616161;word-break:break-all;width:150px}p.rules{margin:4px 0 8px}"
            + "table.fix td{border-bottom:1px solid #cfd8dc}table.findings{table-layout:fixed}"
            + "table.findings th:nth-child(1){width:100px}table.findings th:nth-child(2){width:250px}"
            + "table.findings th:nth-child(4){width:170px}table.findings th:nth-child(5){width:125px}"
            + "table.findings td{overflow-wrap:anywhere}";
    static final int MAX_FINDING_ROWS = 200;

    private HtmlReport() {
    }

    public static String render(ValidationReport report) {
        ReportSummary summary = report.summary();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(Titles.title(report))).append(' ')
                .append(e(WHEN.format(report.generatedAt()))).append("</title><style>").append(STYLE)
                .append("</style></head><body><main>");
        html.append("<h1>").append(e(Titles.title(report))).append("</h1>")
                .append("<p class=\"meta\">").append(e(Titles.scope(report))).append("<br>window ")
                .append(e(WHEN.format(report.windowStart()))).append(" to ").append(e(WHEN.format(report.windowEnd())))
                .append(" \u00b7 ").append(e(report.trigger().toLowerCase(Locale.ROOT))).append(" run ")
                .append(e(report.runId())).append("</p>");
        html.append("<div class=\"banner b-").append(summary.status().name()).append("\">")
                .append(e(Digest.headline(report))).append("</div>");
        if (!report.complete()) {
            html.append("<div class=\"warn\"><strong>Incomplete run.</strong> The time budget ran out; these controls"
                    + " did not finish: ").append(e(String.join(", ", report.incompleteControls()))).append("</div>");
        }
        HtmlSections.fixToday(html, summary);
        summaryTable(html, summary);
        charts(html, report);
        HtmlSections.findings(html, report);
        HtmlSections.jobOutcomes(html, report);
        HtmlSections.parameters(html, report);
        html.append("<p class=\"small\">Generated ").append(e(report.generatedAt().toString()))
                .append(" by Backup Sentinel BackupValidatorFunction.</p></main></body></html>\n");
        return html.toString();
    }

    private static void summaryTable(StringBuilder html, ReportSummary summary) {
        html.append("<h2>Controls</h2><table><thead><tr><th>Control</th><th>Status</th>")
                .append("<th class=\"num\">Non-compliant</th><th class=\"num\">Evaluated</th>")
                .append("<th class=\"num\">Findings</th><th>Key figures</th></tr></thead><tbody>");
        for (ControlSummary control : summary.controls()) {
            html.append("<tr><td>").append(e(control.title())).append("<br><span class=\"small\">")
                    .append(e(control.control().wireName())).append("</span></td><td>").append(pill(control.status()))
                    .append(control.reason().isEmpty() ? "" : "<div class=\"small\">" + e(control.reason()) + "</div>")
                    .append("</td><td class=\"num\">").append(control.nonCompliantResources())
                    .append("</td><td class=\"num\">").append(control.compliantResources()
                            + control.nonCompliantResources())
                    .append("</td><td class=\"num\">").append(control.findings()).append("</td><td>")
                    .append(e(String.join(" \u00b7 ", Highlights.of(control.control(), control.figures()))))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void charts(StringBuilder html, ValidationReport report) {
        List<OutcomeCounts> daily = ChartData.daily(report);
        Map<String, long[]> failures = ChartData.failuresByType(report);
        List<RpoAge> ages = ChartData.rpoAges(report);
        if (daily.isEmpty() && failures.isEmpty() && ages.isEmpty()) {
            return;
        }
        html.append("<h2>At a glance</h2><div class=\"charts\">");
        if (!daily.isEmpty()) {
            html.append("<div class=\"card\"><h3>Daily backup success rate (backup jobs by day created, ")
                    .append(e(report.timeZone())).append(")</h3>").append(SvgCharts.dailySuccess(daily))
                    .append("<div class=\"small\">Completed (with or without issues) per finished backup job."
                            + " Green \u2265 95%, amber \u2265 80%, red below; grey: no finished job that day.</div></div>");
        }
        if (!ChartData.outcomes(report).isEmpty()) {
            List<String> kinds = Arrays.stream(JobKind.values()).map(JobKind::wireName).toList();
            html.append("<div class=\"card\"><h3>Jobs that did not complete, by resource type (last ")
                    .append(report.lookbackHours()).append(" h)</h3>").append(SvgCharts.failuresByType(failures, kinds))
                    .append("<div class=\"small\">Failed, expired, aborted and partial jobs together; the job outcome"
                            + " tables below keep them apart.</div></div>");
        }
        if (!ages.isEmpty()) {
            int target = ChartData.rpoTarget(report);
            html.append("<div class=\"card\"><h3>Recovery point age per resource</h3>")
                    .append(SvgCharts.rpoAges(ages, target));
            if (ages.size() > SvgCharts.MAX_RPO_BARS) {
                html.append("<div class=\"small\">The ").append(SvgCharts.MAX_RPO_BARS).append(" oldest of ")
                        .append(ages.size()).append(" resources.</div>");
            }
            html.append("</div>");
        }
        html.append("</div>");
    }

    static String pill(ControlStatus status) {
        return "<span class=\"pill s-" + status.name() + "\">" + status.name().replace('_', ' ') + "</span>";
    }

    static String e(String text) {
        return UntrustedText.html(text);
    }
}
