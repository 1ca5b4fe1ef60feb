package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.Finding;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One line of "what to fix today": a resource, its heaviest finding, and the other findings of that severity on the
 * same resource (a failed backup and the RPO breach it causes are one thing to fix, not two lines).
 */
@JsonPropertyOrder({"finding", "alsoOnResource"})
public record FixItem(Finding finding, List<Finding> alsoOnResource) {

    public FixItem {
        Objects.requireNonNull(finding, "finding");
        alsoOnResource = List.copyOf(alsoOnResource);
    }
}
