package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** One control in one shard, as the shard summarised it. */
@JsonPropertyOrder({"control", "status", "compliantResources", "nonCompliantResources", "findings"})
public record ControlLine(String control, String status, long compliantResources, long nonCompliantResources,
                          long findings) {

    public ControlLine {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(status, "status");
    }
}
