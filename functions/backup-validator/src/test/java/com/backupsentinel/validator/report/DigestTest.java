package com.backupsentinel.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final ReportLinks LINKS = new ReportLinks("reports-bucket", "r/x.json", "r/x.html",
            "r/x-control-compliance.csv", "r/x-resource-compliance.csv", "https://signed.example/r/x.html", 24);

    @Test
    void carriesTheCountsInTheSubjectAndTheTableAndLinkInTheBody() throws Exception {
        Notification digest = Digest.of(SampleReports.hostile(), LINKS);

        assertThat(digest.subject()).isEqualTo("[123456789012 us-west-2] Backup validation: 3/11 non-compliant,"
                + " 4 findings (3 ERROR)");
        assertThat(digest.text()).startsWith("Backup validation of account 123456789012, us-west-2\n")
                .contains("Result: NON_COMPLIANT - 3 of 11 controls non-compliant, 4 findings (3 ERROR) on 3 resources")
                .contains("What to fix today\n1. ERROR").contains("Control                      Status         Non-compliant  Findings")
                .contains("Full report (HTML, link valid up to 24 h):\nhttps://signed.example/r/x.html")
                .contains("JSON: s3://reports-bucket/r/x.json");
        JsonNode json = Json.mapper().readTree(digest.structuredJson());
        assertThat(json.path("status").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(json.path("reports").path("htmlLink").asText()).isEqualTo("https://signed.example/r/x.html");
        assertThat(json.path("controls")).hasSize(11);
        assertThat(json.path("fixToday")).as("one item per resource: the vault's two findings are one").hasSize(3);
        assertThat(json.path("fixToday").get(1).path("alsoOnResource")).hasSize(1);
        assertThat(digest.attributes()).containsEntry("severity", "ERROR").containsEntry("environment", "production");
    }
}
