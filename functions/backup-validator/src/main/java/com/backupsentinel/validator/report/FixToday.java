package com.backupsentinel.validator.report;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.RegionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "What to fix today": the findings of every control and region ranked by weight (severity x environment x impact),
 * then by how many occurrences they count, the ERROR and WARNING ones only, at most {@value #SIZE}. The HTML report,
 * the digest and the invoke response all open with this same list.
 */
public final class FixToday {

    public static final int SIZE = 10;

    private FixToday() {
    }

    static List<Finding> of(List<RegionResult> regions) {
        List<Finding> all = new ArrayList<>();
        for (RegionResult region : regions) {
            for (ControlResult result : region.controls()) {
                result.findings().stream().filter(f -> f.severity() != Severity.INFO).forEach(all::add);
            }
        }
        all.sort(Comparator.comparingInt(Finding::weight).reversed()
                .thenComparing(Comparator.comparingLong(Finding::count).reversed())
                .thenComparing(f -> f.control().ordinal())
                .thenComparing(Finding::resourceName));
        return List.copyOf(all.subList(0, Math.min(SIZE, all.size())));
    }

    /** One line for text: "ERROR production arrakis-media-production: why (threshold) <link>". */
    public static String line(int rank, Finding finding) {
        String count = finding.count() > 1 ? " [" + finding.count() + " occurrences]" : "";
        return rank + ". " + finding.severity() + " " + finding.environment() + " " + finding.resourceName()
                + " (" + finding.resourceType() + "): " + finding.observed() + "; expected " + finding.threshold()
                + count + "\n   " + finding.consoleLink();
    }
}
