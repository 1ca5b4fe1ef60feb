package com.backupsentinel.validator.report;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.text.UntrustedText;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.JobOutcomes;
import com.backupsentinel.validator.controls.KindOutcome;
import com.backupsentinel.validator.controls.OutcomeCounts;
import com.backupsentinel.validator.controls.RegionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report's tables: job outcomes with their breakdowns, findings per control, parameters. */
final class HtmlSections {

    /** Controls with at most this many WARNING findings show them unfolded (ERROR ones are never folded). */
    static final int OPEN_FINDINGS = 25;

    private HtmlSections() {
    }

    static void jobOutcomes(StringBuilder html, ValidationReport report) {
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                if (!(result.details() instanceof JobOutcomes)) {
                    continue;
                }
                JobOutcomes outcomes = (JobOutcomes) result.details();
                html.append("<h2>Job outcomes in ").append(e(region.region())).append(" (last ")
                        .append(report.lookbackHours()).append(" h)</h2>");
                countsTable(html, "Kind", outcomes.kinds().stream().map(KindOutcome::totals).toList());
                html.append("<p class=\"small\">States: ");
                for (KindOutcome kind : outcomes.kinds()) {
                    html.append("<strong>").append(e(kind.kind().wireName())).append("</strong> ")
                            .append(e(states(kind.byState()))).append(" &nbsp; ");
                }
                html.append("</p>");
                for (KindOutcome kind : outcomes.kinds()) {
                    if (kind.totals().total() == 0) {
                        continue;
                    }
                    html.append("<details><summary>").append(e(kind.kind().wireName()))
                            .append(" jobs by resource type, vault and account</summary>");
                    countsTable(html, "Resource type", kind.byResourceType());
                    countsTable(html, "Vault", kind.byVault());
                    countsTable(html, "Account", kind.byAccount());
                    html.append("</details>");
                }
            }
        }
    }

    private static String states(Map<String, Long> byState) {
        if (byState.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byState).forEach((state, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(state).append(' ').append(count));
        return text.toString();
    }

    private static void countsTable(StringBuilder html, String keyTitle, List<OutcomeCounts> rows) {
        html.append("<table><thead><tr><th>").append(e(keyTitle)).append("</th><th class=\"num\">Jobs</th>")
                .append("<th class=\"num\">Completed</th><th class=\"num\">of which with issues</th>")
                .append("<th class=\"num\">Failed</th><th class=\"num\">Expired</th>")
                .append("<th class=\"num\">Aborted</th><th class=\"num\">Partial</th>")
                .append("<th class=\"num\">Under way</th>")
                .append("<th class=\"num\">Success rate</th></tr></thead><tbody>");
        for (OutcomeCounts row : rows) {
            Double rate = row.successRatePercent();
            html.append("<tr><td>").append(e(row.key())).append("</td><td class=\"num\">").append(row.total())
                    .append("</td><td class=\"num\">").append(row.completed())
                    .append("</td><td class=\"num\">").append(row.completedWithIssues())
                    .append("</td><td class=\"num\">").append(row.failed())
                    .append("</td><td class=\"num\">").append(row.expired())
                    .append("</td><td class=\"num\">").append(row.aborted())
                    .append("</td><td class=\"num\">").append(row.partial())
                    .append("</td><td class=\"num\">").append(row.active())
                    .append("</td><td class=\"num\">").append(rate == null ? "n/a"
                            : Highlights.value("successRatePercent", rate)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    static void findings(StringBuilder html, ValidationReport report) {
        html.append("<h2>Findings</h2>");
        boolean any = false;
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                if (result.findingsTotal() == 0 && result.status() != ControlStatus.ERROR
                        && result.status() != ControlStatus.INCOMPLETE) {
                    continue;
                }
                any = true;
                html.append("<details open><summary>").append(e(result.title())).append(" \u2014 ")
                        .append(e(region.region())).append(" \u2014 ").append(result.findingsTotal()).append(" finding")
                        .append(result.findingsTotal() == 1 ? "" : "s").append(' ').append(HtmlReport.pill(result.status()))
                        .append("</summary>");
                if (!result.reason().isEmpty()) {
                    html.append("<div class=\"warn\">").append(e(result.reason())).append("</div>");
                }
                rules(html, result);
                findingRows(html, result);
                html.append("</details>");
            }
        }
        if (!any) {
            html.append("<p>No findings: every control is compliant.</p>");
        }
    }

    /** The findings per rule, on one line, when the control found more than one kind of thing. */
    private static void rules(StringBuilder html, ControlResult result) {
        if (result.findingsByRule().size() < 2) {
            return;
        }
        StringBuilder text = new StringBuilder();
        result.findingsByRule().forEach((rule, count) -> text.append(text.length() == 0 ? "" : " \u00b7 ")
                .append(rule).append(' ').append(count));
        html.append("<p class=\"small rules\">By rule: ").append(e(text.toString())).append("</p>");
    }

    /**
     * A control's findings, heaviest first: ERROR findings always in the open, the others folded when there are more
     * than {@value #OPEN_FINDINGS}.
     */
    private static void findingRows(StringBuilder html, ControlResult result) {
        if (result.findings().isEmpty()) {
            return;
        }
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(Comparator.comparingInt(Finding::weight).reversed()
                .thenComparing(Comparator.comparingLong(Finding::count).reversed()));
        List<Finding> errors = sorted.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> others = sorted.stream().filter(f -> f.severity() != Severity.ERROR).toList();
        findingTable(html, errors.subList(0, Math.min(HtmlReport.MAX_FINDING_ROWS, errors.size())));
        if (!others.isEmpty()) {
            boolean open = others.size() <= OPEN_FINDINGS;
            html.append("<details").append(open ? " open" : "").append("><summary>").append(others.size())
                    .append(" warning").append(others.size() == 1 ? "" : "s").append("</summary>");
            findingTable(html, others.subList(0, Math.min(HtmlReport.MAX_FINDING_ROWS, others.size())));
            html.append("</details>");
        }
        if (result.findingsTotal() > result.findings().size()) {
            html.append("<p class=\"small\">").append(result.findingsTotal()).append(" findings; the first ")
                    .append(result.findings().size()).append(" are kept in the reports.</p>");
        }
    }

    /**
     * Severity (and environment), resource (name and type; the ARN on hover), what was observed above what was
     * expected, the rule, and the console link.
     */
    private static void findingTable(StringBuilder html, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        html.append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Resource</th><th>Observed / expected</th>")
                .append("<th>Rule</th><th></th></tr></thead><tbody>");
        for (Finding finding : findings) {
            html.append("<tr><td class=\"v-").append(finding.severity().name()).append("\">")
                    .append(finding.severity().name()).append("<br>").append(env(finding)).append("</td><td>")
                    .append(resource(finding)).append("</td><td><div class=\"why\">").append(e(finding.observed()))
                    .append("</div><div class=\"exp\">expected: ").append(e(finding.threshold()))
                    .append("</div></td><td class=\"rule\">").append(e(finding.rule())).append("</td><td>")
                    .append(link(finding)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** The resource's name (its ARN on hover) and type. */
    private static String resource(Finding finding) {
        return "<strong title=\"" + e(finding.resourceArn()) + "\">" + e(finding.resourceName())
                + "</strong><div class=\"small\">" + e(finding.resourceType()) + "</div>";
    }

    /**
     * The ranked "what to fix today" list that opens the report: per resource, why (its heaviest finding, then the
     * others on the same resource), what is expected, and the console link.
     */
    static void fixToday(StringBuilder html, ReportSummary summary) {
        html.append("<h2>What to fix today</h2>");
        if (summary.fixToday().isEmpty()) {
            html.append("<p>Nothing: no ERROR or WARNING finding.</p>");
            return;
        }
        html.append("<table class=\"fix\"><tbody>");
        int rank = 1;
        for (FixItem item : summary.fixToday()) {
            Finding finding = item.finding();
            html.append("<tr><td class=\"rank\">").append(rank++).append("</td><td class=\"who\"><span class=\"pill s-")
                    .append(finding.severity() == Severity.ERROR ? "NON_COMPLIANT" : "INCOMPLETE").append("\">")
                    .append(finding.severity().name()).append("</span> ").append(env(finding)).append("<div><strong>")
                    .append(e(finding.resourceName())).append("</strong> <span class=\"small\">")
                    .append(e(finding.resourceType())).append("</span></div></td><td>");
            reason(html, finding, "");
            for (Finding also : item.alsoOnResource()) {
                html.append("<div class=\"also\">");
                reason(html, also, "also ");
                html.append("</div>");
            }
            html.append("</td><td>").append(link(finding)).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (summary.nonCompliantResources() > summary.fixToday().size()) {
            html.append("<p class=\"small\">The ").append(summary.fixToday().size()).append(" heaviest of ")
                    .append(summary.nonCompliantResources()).append(" non-compliant resources (ERROR before WARNING,"
                            + " production before staging and development, lost data before hygiene); every finding is"
                            + " listed by control under Findings.</p>");
        }
    }

    private static void reason(StringBuilder html, Finding finding, String prefix) {
        html.append("<div class=\"why\"><span class=\"ctl\">").append(prefix).append(e(finding.control().title()))
                .append(":</span> ").append(e(finding.observed()))
                .append(finding.count() > 1 ? " <strong>(" + finding.count() + " occurrences)</strong>" : "")
                .append("</div><div class=\"exp\">expected: ").append(e(finding.threshold())).append("</div>");
    }

    private static String env(Finding finding) {
        return finding.environment().isEmpty() ? "" : "<span class=\"env env-" + e(finding.environment()) + "\">"
                + e(finding.environment()) + "</span>";
    }

    private static String link(Finding finding) {
        return finding.consoleLink().isEmpty() ? "" : "<a class=\"go\" href=\"" + e(finding.consoleLink())
                + "\">Open in console</a>";
    }

    static void parameters(StringBuilder html, ValidationReport report) {
        html.append("<h2>Parameters</h2><table><thead><tr><th>Control</th><th>Parameters</th></tr></thead><tbody>");
        for (ControlId control : report.controls()) {
            Map<String, String> parameters = report.parameters().getOrDefault(control.wireName(), Map.of());
            StringBuilder text = new StringBuilder();
            parameters.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            html.append("<tr><td>").append(e(control.title())).append("</td><td>").append(e(text.toString()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String e(String text) {
        return UntrustedText.html(text);
    }
}
