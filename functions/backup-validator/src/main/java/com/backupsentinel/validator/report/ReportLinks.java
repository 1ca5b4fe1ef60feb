package com.backupsentinel.validator.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a run's reports were written, and the pre-signed link to the HTML report.
 *
 * @param htmlLinkHours how long the pre-signed link is valid at most (it also ends with the credentials that
 *                      signed it)
 */
@JsonPropertyOrder({"bucket", "json", "html", "controlComplianceCsv", "resourceComplianceCsv", "htmlLink",
    "htmlLinkHours"})
public record ReportLinks(String bucket, String json, String html, String controlComplianceCsv,
                          String resourceComplianceCsv, String htmlLink, int htmlLinkHours) {

    public ReportLinks {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(controlComplianceCsv, "controlComplianceCsv");
        Objects.requireNonNull(resourceComplianceCsv, "resourceComplianceCsv");
        Objects.requireNonNull(htmlLink, "htmlLink");
    }

    public String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
