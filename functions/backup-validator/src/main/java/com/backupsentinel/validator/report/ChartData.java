package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.JobOutcomes;
import com.backupsentinel.validator.controls.KindOutcome;
import com.backupsentinel.validator.controls.OutcomeCounts;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.controls.RpoAge;
import com.backupsentinel.validator.controls.RpoAges;
import com.backupsentinel.validator.inventory.JobKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers what the charts show from every region's control details. */
final class ChartData {

    private ChartData() {
    }

    static List<JobOutcomes> outcomes(ValidationReport report) {
        List<JobOutcomes> outcomes = new ArrayList<>();
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                if (result.details() instanceof JobOutcomes) {
                    outcomes.add((JobOutcomes) result.details());
                }
            }
        }
        return outcomes;
    }

    /** Backup jobs per day, summed over regions. */
    static List<OutcomeCounts> daily(ValidationReport report) {
        Map<String, long[]> days = new TreeMap<>();
        for (JobOutcomes outcomes : outcomes(report)) {
            for (OutcomeCounts day : outcomes.dailyBackups()) {
                long[] sums = days.computeIfAbsent(day.key(), k -> new long[9]);
                sums[0] += day.total();
                sums[1] += day.active();
                sums[2] += day.finished();
                sums[3] += day.completed();
                sums[4] += day.completedWithIssues();
                sums[5] += day.failed();
                sums[6] += day.expired();
                sums[7] += day.aborted();
                sums[8] += day.partial();
            }
        }
        List<OutcomeCounts> merged = new ArrayList<>();
        days.forEach((day, s) -> merged.add(new OutcomeCounts(day, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7],
                s[8])));
        return merged;
    }

    /** Failed jobs over the window per resource type, as [backup, copy, restore]. */
    static Map<String, long[]> failuresByType(ValidationReport report) {
        Map<String, long[]> byType = new TreeMap<>();
        for (JobOutcomes outcomes : outcomes(report)) {
            for (KindOutcome kind : outcomes.kinds()) {
                for (OutcomeCounts slice : kind.byResourceType()) {
                    if (slice.notCompleted() > 0) {
                        byType.computeIfAbsent(slice.key(), k -> new long[JobKind.values().length])
                                [kind.kind().ordinal()] += slice.notCompleted();
                    }
                }
            }
        }
        return byType;
    }

    /** Every region's RPO ages, oldest (and missing) first. */
    static List<RpoAge> rpoAges(ValidationReport report) {
        List<RpoAge> ages = new ArrayList<>();
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                if (result.details() instanceof RpoAges) {
                    ages.addAll(((RpoAges) result.details()).resources());
                }
            }
        }
        ages.sort(Comparator.comparing((RpoAge a) -> a.ageHours() == null ? Double.MAX_VALUE : a.ageHours())
                .reversed().thenComparing(RpoAge::resourceArn));
        return ages;
    }

    static int rpoTarget(ValidationReport report) {
        for (RegionResult region : report.results()) {
            for (ControlResult result : region.controls()) {
                if (result.details() instanceof RpoAges) {
                    return ((RpoAges) result.details()).targetHours();
                }
            }
        }
        return 24;
    }
}
