package com.backupsentinel.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.validator.controls.InMemoryInventory;
import com.backupsentinel.validator.controls.OutcomeCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void escapesEverythingThatComesFromAwsData() {
        String html = HtmlReport.render(SampleReports.hostile());

        assertThat(html).doesNotContain("<script>").doesNotContain("vol-<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("arn:aws:ec2:us-west-2:123456789012:volume/vol-&lt;b&gt;");
    }

    @Test
    void awsTextReachesTheReportOnOneLineWithoutBidiOrZeroWidthCharacters() {
        String html = HtmlReport.render(SampleReports.hostile());

        assertThat(html).contains("&amp; &quot;quoted&quot;  exe.gnp").doesNotContain("\r", "\u202E", "\u2066",
                "\u200B", "\uFEFF");
    }

    @Test
    void isSelfContainedWithInlineSvgCharts() {
        String html = HtmlReport.render(SampleReports.hostile());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("<link").doesNotContain("@import")
                .contains("<title>Daily backup job success rate</title>")
                .contains("<title>Jobs that did not complete, by resource type</title>")
                .contains("<title>Recovery point age per resource</title>");
        assertThat(html.split("<svg ", -1)).hasSize(4);
    }

    @Test
    void groupsFindingsByRuleAndNamesTheirResources() {
        String html = HtmlReport.render(SampleReports.hostile());

        assertThat(html).contains("By rule: vault_access_policy 1 \u00b7 vault_lock 1")
                .contains("<strong title=\"arn:aws:backup:us-west-2:123456789012:backup-vault:vault-a\">vault-a</strong>"
                        + "<div class=\"small\">BackupVault</div>");
    }

    @Test
    void labelsAtMostSixteenDaysOnALongDailyChart() {
        List<OutcomeCounts> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(new OutcomeCounts(LocalDate.of(2026, 8, 24).plusDays(i).toString(), 10, 0, 10, 9, 0, 1, 0, 0, 0));
        }

        String svg = SvgCharts.dailySuccess(days);

        assertThat(svg.split("<rect ", -1)).hasSize(91);
        assertThat(svg.split("font-size=\"10\" fill=\"#424242\"", -1)).hasSize(16);
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        String html = HtmlReport.render(SampleReports.of(new InMemoryInventory()));

        assertThat(html).contains("All 11 controls compliant").contains("No findings: every control is compliant.")
                .contains("Every job of the window that ended completed");
    }
}
