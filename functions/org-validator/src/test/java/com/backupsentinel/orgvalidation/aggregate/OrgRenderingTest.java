package com.backupsentinel.orgvalidation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.notification.Notification;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The HTML, CSV and digest of a run say the same figures and neutralise what member accounts name themselves. */
class OrgRenderingTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private static OrgReport report() {
        OrgTally tally = new OrgTally();
        tally.add(Shards.shard("210000000001", HOSTILE, "us-west-2", "NON_COMPLIANT", 3, 0, 2));
        tally.add(Shards.shard("210000000002", "=HYPERLINK(\"http://x\")", "us-west-2", "COMPLIANT", 0, 0, 0));
        tally.add(ShardResult.failed("210000000003", "search-prod", "us-west-2", "AccessDenied: not authorized"));
        return tally.report(Shards.request(), "production", Instant.parse("2026-11-22T06:45:00Z"));
    }

    private static OrgLinks links() {
        return new OrgLinks("reports", "r/org-report.json", "r/org-report.html", "r/org-accounts.csv",
                "r/org-shards.csv", "r/org-findings.csv", "https://signed.example/org-report.html", 24);
    }

    @Test
    void htmlEscapesAccountNamesAndLinksEachShardsReport() {
        String html = OrgHtml.render(report(), key -> "https://signed.example/" + key);
        assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<details id=\"a210000000003\" open>")
                .contains("href=\"https://signed.example/reports/x/210000000001/us-west-2/validation.html\"")
                .contains("AccessDenied: not authorized");
        assertThat(html.indexOf("a210000000003")).isLessThan(html.indexOf("a210000000001"));
    }

    @Test
    void csvCellsCannotRunAsFormulas() {
        String accounts = OrgCsv.accounts(report());
        assertThat(accounts.lines().findFirst().orElseThrow()).startsWith("rank,account_id,account_name,status,score");
        assertThat(accounts).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(accounts.lines()).hasSize(4);
        assertThat(OrgCsv.shards(report())).contains(",rpo,").contains("AccessDenied: not authorized");
        assertThat(OrgCsv.findings(report()).lines()).hasSize(2);
    }

    @Test
    void digestSubjectCarriesTheCountsAndItsTextTheWorstAccounts() {
        Notification digest = OrgDigest.of(report(), links());
        assertThat(digest.subject()).isEqualTo("[production] Org backup validation: 1 account in error, 1"
                + " non-compliant of 3 (3 findings)");
        assertThat(digest.text()).contains("1. ERROR search-prod (210000000003): 0 findings; us-west-2 ERROR"
                + " (AccessDenied: not authorized)").contains("https://signed.example/org-report.html")
                .doesNotContain("=HYPERLINK");
        assertThat(digest.attributes()).containsEntry("event_type", "org_validation_digest")
                .containsEntry("severity", "ERROR");
    }
}
