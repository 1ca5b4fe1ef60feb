package com.backupsentinel.validator.controls;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How one control came out in one region.
 *
 * @param reason         why the control is ERROR or INCOMPLETE; empty otherwise
 * @param figures        the control's headline numbers, in display order
 * @param findings       the first findings (at most {@link ResourceLedger#MAX_FINDINGS}); {@code findingsTotal}
 *                       counts them all, {@code errorFindings} the ERROR ones among them all, {@code findingsByRule}
 *                       per rule
 * @param resources      every resource the control evaluated, compliant or not
 * @param details        control-specific data for charts and tables; null when the control has none
 */
@JsonPropertyOrder({"control", "title", "region", "status", "reason", "compliantResources",
    "nonCompliantResources", "figures", "findingsTotal", "errorFindings", "findingsByRule", "findings", "details", "resources"})
public record ControlResult(ControlId control, String region, ControlStatus status, String reason,
                            int compliantResources, int nonCompliantResources, Map<String, Number> figures,
                            long findingsTotal, long errorFindings, Map<String, Long> findingsByRule,
                            List<Finding> findings,
                            List<ResourceVerdict> resources,
                            @JsonInclude(JsonInclude.Include.NON_NULL) ControlDetails details) {

    public ControlResult {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        findingsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(findingsByRule));
        findings = List.copyOf(findings);
        resources = List.copyOf(resources);
    }

    /** A control that could not be evaluated. */
    public static ControlResult error(ControlId control, String region, String reason) {
        return new ControlResult(control, region, ControlStatus.ERROR, reason, 0, 0, Map.of(), 0, 0, Map.of(),
                List.of(), List.of(), null);
    }

    /** A control stopped by the time budget. */
    public static ControlResult incomplete(ControlId control, String region, String reason) {
        return new ControlResult(control, region, ControlStatus.INCOMPLETE, reason, 0, 0, Map.of(), 0, 0,
                Map.of(), List.of(), List.of(), null);
    }

    public String title() {
        return control.title();
    }

    /**
     * This result with every finding and verdict named by {@code names} (resource ARN to name); names a control
     * gave itself (S3 backup sources) are kept.
     */
    public ControlResult named(Function<String, String> names) {
        return new ControlResult(control, region, status, reason, compliantResources, nonCompliantResources, figures,
                findingsTotal, errorFindings, findingsByRule, findings.stream().map(f -> f.resourceName().isEmpty()
                        ? f.named(names.apply(f.resourceArn())) : f).toList(),
                resources.stream().map(v -> v.resourceName().isEmpty() ? v.named(names.apply(v.resourceArn())) : v)
                        .toList(), details);
    }

    /** This result with every finding ranked by {@code rank} (environment, weight, console link). */
    public ControlResult ranked(UnaryOperator<Finding> rank) {
        return new ControlResult(control, region, status, reason, compliantResources, nonCompliantResources, figures,
                findingsTotal, errorFindings, findingsByRule, findings.stream().map(rank).toList(), resources, details);
    }
}
