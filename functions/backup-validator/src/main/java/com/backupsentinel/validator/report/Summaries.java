package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.RegionResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges per-region results into one summary per control, and counts the distinct non-compliant resources.
 * Counts add up; {@code ...Hours} and {@code ...Minutes} figures take the largest; {@code <kind>SuccessRatePercent}
 * is recomputed from the summed completed and not-completed (failed, expired, aborted, partial) counts, never
 * averaged.
 */
public final class Summaries {

    private Summaries() {
    }

    public static ReportSummary of(List<ControlId> controls, List<RegionResult> regions) {
        List<ControlSummary> summaries = new ArrayList<>();
        for (ControlId control : controls) {
            List<ControlResult> results = new ArrayList<>();
            for (RegionResult region : regions) {
                region.controls().stream().filter(r -> r.control() == control).forEach(results::add);
            }
            summaries.add(merge(control, results));
        }
        Set<String> nonCompliant = new HashSet<>();
        Set<String> environments = new TreeSet<>();
        long errorFindings = 0;
        for (RegionResult region : regions) {
            environments.addAll(region.environments());
            for (ControlResult result : region.controls()) {
                result.resources().stream().filter(v -> !v.compliant())
                        .forEach(v -> nonCompliant.add(region.region() + " " + v.resourceArn()));
                errorFindings += result.errorFindings();
            }
        }
        return ReportSummary.of(summaries, nonCompliant.size(), errorFindings, List.copyOf(environments),
                FixToday.of(regions));
    }

    static ControlSummary merge(ControlId control, List<ControlResult> results) {
        ControlStatus status = ControlStatus.COMPLIANT;
        int compliant = 0;
        int nonCompliant = 0;
        long findings = 0;
        Map<String, Number> figures = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (ControlResult result : results) {
            status = worse(status, result.status());
            compliant += result.compliantResources();
            nonCompliant += result.nonCompliantResources();
            findings += result.findingsTotal();
            if (!result.reason().isEmpty()) {
                reasons.add(result.region() + ": " + result.reason());
            }
            result.figures().forEach((name, value) -> figures.merge(name, value, (a, b) -> combine(name, a, b)));
        }
        recomputeRates(figures);
        return new ControlSummary(control, status, compliant, nonCompliant, findings, figures,
                String.join("; ", reasons));
    }

    private static Number combine(String name, Number a, Number b) {
        if (name.endsWith("Hours") || name.endsWith("Minutes")) {
            return Math.max(a.doubleValue(), b.doubleValue());
        }
        if (a instanceof Double || b instanceof Double) {
            return a.doubleValue() + b.doubleValue();
        }
        return a.longValue() + b.longValue();
    }

    private static void recomputeRates(Map<String, Number> figures) {
        for (String name : new ArrayList<>(figures.keySet())) {
            if (!name.endsWith("SuccessRatePercent")) {
                continue;
            }
            String kind = name.substring(0, name.length() - "SuccessRatePercent".length());
            long completed = figures.getOrDefault(kind + "Completed", 0).longValue();
            long failed = 0;
            for (String state : new String[] {"Failed", "Expired", "Aborted", "Partial"}) {
                failed += figures.getOrDefault(kind + state, 0).longValue();
            }
            if (completed + failed > 0) {
                figures.put(name, Math.round(completed * 10000.0 / (completed + failed)) / 100.0);
            }
        }
    }

    private static ControlStatus worse(ControlStatus a, ControlStatus b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(ControlStatus status) {
        switch (status) {
            case ERROR:
                return 3;
            case INCOMPLETE:
                return 2;
            case NON_COMPLIANT:
                return 1;
            default:
                return 0;
        }
    }
}
