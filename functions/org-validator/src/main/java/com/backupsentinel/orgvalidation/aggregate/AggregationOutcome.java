package com.backupsentinel.orgvalidation.aggregate;

import java.util.Objects;

/** What an aggregation produced: the org report, where it was written, and the digest's SNS message id. */
public record AggregationOutcome(OrgReport report, OrgLinks links, String digestMessageId) {

    public AggregationOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(digestMessageId, "digestMessageId");
    }
}
