package com.backupsentinel.validator.report;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.validator.controls.ControlStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The SNS digest sent after every run, green or not, so a validator that stopped running is noticed: the subject
 * names the account and carries the counts; the text opens with "what to fix today", then the summary table and the
 * pre-signed link to the HTML report.
 */
public final class Digest {

    private Digest() {
    }

    public static Notification of(ValidationReport report, ReportLinks links) {
        return new Notification(subject(report), text(report, links), json(report, links), Map.of(
                "source", "backup-sentinel.validator",
                "event_type", "validation_digest",
                "environment", report.environment(),
                "status", report.summary().status().name(),
                "severity", severity(report.summary()).wireName()));
    }

    /**
     * E.g. "[arrakis-platform us-west-2] Backup validation: 4/10 non-compliant, 1 error, 37 findings (9 ERROR)"; the
     * findings counts (when there are any) go first when SNS's 100 characters do not hold it all, so they are never
     * cut off.
     */
    static String subject(ValidationReport report) {
        ReportSummary summary = report.summary();
        String prefix = "[" + Titles.account(report) + "] Backup validation" + (report.complete() ? "" : " INCOMPLETE");
        String subject;
        if (summary.status() == ControlStatus.COMPLIANT) {
            subject = prefix + ": all " + summary.controls().size() + " controls compliant";
        } else {
            String findings = summary.findings() + " findings (" + summary.errorFindings() + " ERROR)";
            subject = prefix + ": " + counts(summary) + ", " + findings;
            if (subject.length() > Notification.MAX_SUBJECT_LENGTH) {
                subject = prefix + ": " + (summary.findings() == 0 ? "" : findings + "; ") + counts(summary);
            }
        }
        String ascii = subject.replaceAll("[^\\x20-\\x7E]", "?");
        return ascii.length() <= Notification.MAX_SUBJECT_LENGTH ? ascii
                : ascii.substring(0, Notification.MAX_SUBJECT_LENGTH - 3) + "...";
    }

    /** One line for people: "4 of 10 controls non-compliant, 1 error, 37 findings on 21 resources". */
    public static String headline(ValidationReport report) {
        ReportSummary summary = report.summary();
        int total = summary.controls().size();
        if (summary.status() == ControlStatus.COMPLIANT) {
            return "All " + total + " controls compliant";
        }
        StringBuilder text = new StringBuilder();
        text.append(summary.nonCompliant()).append(" of ").append(total).append(" controls non-compliant");
        if (summary.errors() > 0) {
            text.append(", ").append(summary.errors()).append(summary.errors() == 1 ? " error" : " errors");
        }
        if (summary.incomplete() > 0) {
            text.append(", ").append(summary.incomplete()).append(" incomplete");
        }
        return text.append(", ").append(summary.findings()).append(" findings (").append(summary.errorFindings())
                .append(" ERROR) on ").append(summary.nonCompliantResources()).append(" resources").toString();
    }

    /** "4/10 non-compliant, 1 error, 2 incomplete": the compliant ones are the rest. */
    private static String counts(ReportSummary summary) {
        StringBuilder text = new StringBuilder().append(summary.nonCompliant()).append('/')
                .append(summary.controls().size()).append(" non-compliant");
        if (summary.errors() > 0) {
            text.append(", ").append(summary.errors()).append(summary.errors() == 1 ? " error" : " errors");
        }
        if (summary.incomplete() > 0) {
            text.append(", ").append(summary.incomplete()).append(" incomplete");
        }
        return text.toString();
    }

    static String text(ValidationReport report, ReportLinks links) {
        StringBuilder text = new StringBuilder();
        text.append(Titles.title(report)).append("\n").append(Titles.scope(report)).append("\n")
                .append("Window: ").append(HtmlReport.WHEN.format(report.windowStart())).append(" to ")
                .append(HtmlReport.WHEN.format(report.windowEnd())).append(" (").append(report.lookbackHours())
                .append(" h)\n").append("Result: ").append(report.summary().status()).append(" - ")
                .append(headline(report)).append("\n");
        if (!report.complete()) {
            text.append("INCOMPLETE: the time budget ran out before these controls finished: ")
                    .append(String.join(", ", report.incompleteControls())).append("\n");
        }
        text.append("\nWhat to fix today\n");
        List<FixItem> top = report.summary().fixToday();
        if (top.isEmpty()) {
            text.append("Nothing: no ERROR or WARNING finding.\n");
        }
        for (int i = 0; i < top.size(); i++) {
            text.append(FixToday.line(i + 1, top.get(i))).append("\n");
        }
        text.append("\n").append(SummaryTable.render(report.summary())).append("\n")
                .append("Full report (HTML, link valid up to ").append(links.htmlLinkHours()).append(" h):\n")
                .append(links.htmlLink()).append("\n\n")
                .append("JSON: ").append(links.uri(links.json())).append("\n")
                .append("CSV: ").append(links.uri(links.controlComplianceCsv())).append("\n")
                .append("     ").append(links.uri(links.resourceComplianceCsv())).append("\n");
        return text.toString();
    }

    private static String json(ValidationReport report, ReportLinks links) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", "backup-sentinel.validator");
        root.put("environment", report.environment());
        root.put("accountId", report.accountId());
        root.put("accountAlias", report.accountAlias());
        root.put("runId", report.runId());
        root.put("status", report.summary().status().name());
        root.put("headline", headline(report));
        root.put("title", Titles.title(report));
        root.put("findings", report.summary().findings());
        root.put("errorFindings", report.summary().errorFindings());
        root.set("estateEnvironments", Json.mapper().valueToTree(report.summary().estateEnvironments()));
        root.set("fixToday", Json.mapper().valueToTree(report.summary().fixToday()));
        root.put("complete", report.complete());
        root.set("incompleteControls", Json.mapper().valueToTree(report.incompleteControls()));
        root.put("windowStart", report.windowStart().toString());
        root.put("windowEnd", report.windowEnd().toString());
        ArrayNode controls = root.putArray("controls");
        for (ControlSummary control : report.summary().controls()) {
            ObjectNode item = controls.addObject();
            item.put("control", control.control().wireName());
            item.put("status", control.status().name());
            item.put("nonCompliantResources", control.nonCompliantResources());
            item.put("findings", control.findings());
            item.set("figures", Json.mapper().valueToTree(control.figures()));
        }
        root.set("reports", Json.mapper().valueToTree(links));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the digest", e);
        }
    }

    private static Severity severity(ReportSummary summary) {
        switch (summary.status()) {
            case ERROR:
            case NON_COMPLIANT:
                return Severity.ERROR;
            case INCOMPLETE:
                return Severity.WARNING;
            default:
                return Severity.INFO;
        }
    }
}
