package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One control over every shard of the run: how many shards it came out which way in, and the sums of its resources
 * and findings.
 */
@JsonPropertyOrder({"control", "shardsCompliant", "shardsNonCompliant", "shardsError", "shardsIncomplete",
    "compliantResources", "nonCompliantResources", "findings"})
public record ControlTotals(String control, int shardsCompliant, int shardsNonCompliant, int shardsError,
                            int shardsIncomplete, long compliantResources, long nonCompliantResources,
                            long findings) {

    public ControlTotals {
        Objects.requireNonNull(control, "control");
    }

    static ControlTotals empty(String control) {
        return new ControlTotals(control, 0, 0, 0, 0, 0, 0, 0);
    }

    ControlTotals plus(ControlLine line) {
        String status = line.status();
        return new ControlTotals(control, shardsCompliant + (Statuses.COMPLIANT.equals(status) ? 1 : 0),
                shardsNonCompliant + (Statuses.NON_COMPLIANT.equals(status) ? 1 : 0),
                shardsError + (Statuses.ERROR.equals(status) ? 1 : 0),
                shardsIncomplete + (Statuses.INCOMPLETE.equals(status) ? 1 : 0),
                compliantResources + line.compliantResources(), nonCompliantResources + line.nonCompliantResources(),
                findings + line.findings());
    }
}
