package com.backupsentinel.validator.report;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.RegionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What to fix today": the ERROR and WARNING findings of every control and region, one item per resource (its
 * heaviest finding first, the others of the same severity on the same resource with it: a failed backup and the RPO
 * breach it causes are one thing to fix), ranked by weight (severity x environment x impact), then by how many
 * occurrences they count; at most {@value #SIZE}. The HTML report, the digest and the invoke
 * response all open with this same list.
 */
public final class FixToday {

    public static final int SIZE = 10;
    private static final Comparator<Finding> HEAVIEST_FIRST = Comparator.comparingInt(Finding::weight).reversed()
            .thenComparing(Comparator.comparingLong(Finding::count).reversed())
            .thenComparing(f -> f.control().ordinal())
            .thenComparing(Finding::resourceName);

    private FixToday() {
    }

    static List<FixItem> of(List<RegionResult> regions) {
        Map<String, List<Finding>> byResource = new LinkedHashMap<>();
        for (RegionResult region : regions) {
            for (ControlResult result : region.controls()) {
                result.findings().stream().filter(f -> f.severity() != Severity.INFO).forEach(f -> byResource
                        .computeIfAbsent(f.region() + " " + f.resourceArn(), k -> new ArrayList<>()).add(f));
            }
        }
        List<FixItem> items = new ArrayList<>();
        for (List<Finding> findings : byResource.values()) {
            findings.sort(HEAVIEST_FIRST);
            Finding first = findings.get(0);
            items.add(new FixItem(first, findings.subList(1, findings.size()).stream()
                    .filter(f -> f.severity() == first.severity()).toList()));
        }
        items.sort(Comparator.comparing(FixItem::finding, HEAVIEST_FIRST));
        return List.copyOf(items.subList(0, Math.min(SIZE, items.size())));
    }

    /**
     * One item for text: "1. ERROR production arrakis-media-production (EFS): why; expected ...", a line per other
     * finding on the resource, and the console link.
     */
    public static String line(int rank, FixItem item) {
        Finding finding = item.finding();
        StringBuilder text = new StringBuilder().append(rank).append(". ").append(finding.severity()).append(' ')
                .append(finding.environment()).append(' ').append(finding.resourceName()).append(" (")
                .append(finding.resourceType()).append("): ").append(reason(finding));
        for (Finding also : item.alsoOnResource()) {
            text.append("\n   also ").append(also.severity()).append(' ').append(also.control().title()).append(": ")
                    .append(reason(also));
        }
        return text.append("\n   ").append(finding.consoleLink()).toString();
    }

    private static String reason(Finding finding) {
        String count = finding.count() > 1 ? " [" + finding.count() + " occurrences]" : "";
        return finding.observed() + "; expected " + finding.threshold() + count;
    }
}
