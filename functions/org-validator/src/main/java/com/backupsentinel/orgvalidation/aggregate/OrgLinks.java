package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** Where the org report went: the bucket, the keys of its JSON, HTML and CSVs, and a pre-signed link to the HTML. */
@JsonPropertyOrder({"bucket", "json", "html", "accountsCsv", "shardsCsv", "findingsCsv", "htmlLink", "htmlLinkHours"})
public record OrgLinks(String bucket, String json, String html, String accountsCsv, String shardsCsv,
                       String findingsCsv, String htmlLink, int htmlLinkHours) {

    public OrgLinks {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(accountsCsv, "accountsCsv");
        Objects.requireNonNull(shardsCsv, "shardsCsv");
        Objects.requireNonNull(findingsCsv, "findingsCsv");
        Objects.requireNonNull(htmlLink, "htmlLink");
    }

    public String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
