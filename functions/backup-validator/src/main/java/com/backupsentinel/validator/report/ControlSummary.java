package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One control over every region: the worst status (ERROR, then INCOMPLETE, then NON_COMPLIANT), summed counts,
 * merged figures and the reasons of the regions that could not finish.
 */
@JsonPropertyOrder({"control", "title", "status", "compliantResources", "nonCompliantResources", "findings",
    "figures", "reason"})
public record ControlSummary(ControlId control, ControlStatus status, int compliantResources,
                             int nonCompliantResources, long findings, Map<String, Number> figures, String reason) {

    public ControlSummary {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(status, "status");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        Objects.requireNonNull(reason, "reason");
    }

    public String title() {
        return control.title();
    }
}
