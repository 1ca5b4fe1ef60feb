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

        assertThat(digest.subject()).isEqualTo("[production] Backup validation: 2 non-compliant, 7 compliant"
                + " (3 findings)");
        assertThat(digest.text()).contains("Result: NON_COMPLIANT - 2 of 9 controls non-compliant, 3 findings on 2"
                + " resources").contains("Control                      Status         Non-compliant  Findings")
                .contains("Full report (HTML, link valid up to 24 h):\nhttps://signed.example/r/x.html")
                .contains("JSON: s3://reports-bucket/r/x.json");
        JsonNode json = Json.mapper().readTree(digest.structuredJson());
        assertThat(json.path("status").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(json.path("reports").path("htmlLink").asText()).isEqualTo("https://signed.example/r/x.html");
        assertThat(json.path("controls")).hasSize(9);
        assertThat(digest.attributes()).containsEntry("severity", "ERROR").containsEntry("environment", "production");
    }
}
