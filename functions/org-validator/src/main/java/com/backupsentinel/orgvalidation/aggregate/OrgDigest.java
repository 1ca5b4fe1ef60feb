package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The one SNS digest of an org run, green or not: the subject carries the counts, the text the headline, the accounts
 * that need attention first (up to {@value #LISTED}) and the link to the HTML report; the JSON the same for machines.
 */
final class OrgDigest {

    static final int LISTED = 10;

    private OrgDigest() {
    }

    static Notification of(OrgReport report, OrgLinks links) {
        return new Notification(subject(report), text(report, links), json(report, links), Map.of(
                "source", "backup-sentinel.org-validator",
                "event_type", "org_validation_digest",
                "environment", report.environment(),
                "status", report.status(),
                "severity", severity(report.status()).wireName()));
    }

    /** E.g. "[production] Org backup validation: 3 accounts in error, 2 non-compliant of 50 (18 findings)". */
    static String subject(OrgReport report) {
        StatusCounts accounts = report.accounts();
        String prefix = "[" + report.environment() + "] Org backup validation: ";
        String body;
        if (Statuses.COMPLIANT.equals(report.status())) {
            body = "all " + accounts.total() + " accounts compliant";
        } else {
            StringBuilder counts = new StringBuilder();
            if (accounts.error() > 0) {
                counts.append(accounts.error()).append(accounts.error() == 1 ? " account" : " accounts")
                        .append(" in error, ");
            }
            counts.append(accounts.nonCompliant()).append(" non-compliant of ").append(accounts.total());
            body = counts + " (" + report.findings() + " findings)";
            if (prefix.length() + body.length() > Notification.MAX_SUBJECT_LENGTH) {
                body = counts.toString();
            }
        }
        String subject = OrgText.line(prefix + body).replaceAll("[^\\x20-\\x7E]", "?");
        return subject.length() <= Notification.MAX_SUBJECT_LENGTH ? subject
                : subject.substring(0, Notification.MAX_SUBJECT_LENGTH - 3) + "...";
    }

    static String text(OrgReport report, OrgLinks links) {
        StringBuilder text = new StringBuilder();
        text.append("Organisation backup validation ").append(report.runId()).append(" (").append(report.environment())
                .append(", started ").append(OrgHtml.WHEN.format(report.startedAt())).append(")\n")
                .append(report.headline()).append("\n\n");
        int listed = 0;
        for (AccountSummary account : report.ranking()) {
            if (listed == LISTED || Statuses.COMPLIANT.equals(account.status())) {
                break;
            }
            listed++;
            text.append(account.rank()).append(". ").append(account.status()).append(' ')
                    .append(OrgText.line(account.label())).append(": ").append(account.findings()).append(" findings");
            for (ShardResult shard : account.shards()) {
                if (!Statuses.COMPLIANT.equals(shard.status())) {
                    text.append("; ").append(shard.region()).append(' ').append(shard.status());
                    if (shard.isError() && !shard.reason().isEmpty()) {
                        text.append(" (").append(OrgText.line(cut(shard.reason(), 160))).append(')');
                    }
                }
            }
            text.append('\n');
        }
        if (listed == 0) {
            text.append("Every account is compliant.\n");
        }
        text.append("\nFull report (HTML, link valid up to ").append(links.htmlLinkHours()).append(" h):\n")
                .append(links.htmlLink()).append("\n\nJSON: ").append(links.uri(links.json())).append("\nCSV: ")
                .append(links.uri(links.accountsCsv())).append("\n     ").append(links.uri(links.shardsCsv()))
                .append("\n     ").append(links.uri(links.findingsCsv())).append('\n');
        return text.toString();
    }

    private static String json(OrgReport report, OrgLinks links) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", "backup-sentinel.org-validator");
        root.put("environment", report.environment());
        root.put("runId", report.runId());
        root.put("status", report.status());
        root.put("headline", report.headline());
        root.set("shards", Json.mapper().valueToTree(report.shards()));
        root.set("accounts", Json.mapper().valueToTree(report.accounts()));
        root.put("findings", report.findings());
        ArrayNode worst = root.putArray("worstAccounts");
        report.ranking().stream().limit(LISTED).forEach(account -> worst.addObject()
                .put("rank", account.rank()).put("accountId", account.accountId())
                .put("accountName", account.accountName()).put("status", account.status())
                .put("score", account.score()).put("findings", account.findings()));
        root.set("reports", Json.mapper().valueToTree(links));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the org digest", e);
        }
    }

    private static Severity severity(String status) {
        return switch (status) {
            case "COMPLIANT" -> Severity.INFO;
            case "INCOMPLETE" -> Severity.WARNING;
            default -> Severity.ERROR;
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
