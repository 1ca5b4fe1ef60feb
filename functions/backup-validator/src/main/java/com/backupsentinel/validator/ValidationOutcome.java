package com.backupsentinel.validator;

import com.backupsentinel.validator.report.ReportLinks;
import com.backupsentinel.validator.report.ValidationReport;
import java.util.Objects;

/** What a run produced: the report, where it was written, and the digest's SNS message id. */
public record ValidationOutcome(ValidationReport report, ReportLinks links, String digestMessageId) {

    public ValidationOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(digestMessageId, "digestMessageId");
    }
}
