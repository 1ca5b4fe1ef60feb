package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The few figures of each control a person reads first, and how to print a figure. */
public final class Highlights {

    private static final Map<ControlId, List<String>> KEYS = new EnumMap<>(ControlId.class);

    static {
        KEYS.put(ControlId.JOB_OUTCOMES, List.of("backupJobs", "backupSuccessRatePercent", "backupFailed",
                "backupExpired", "backupAborted", "backupPartial", "backupCompletedWithIssues", "copyFailed",
                "restoreFailed"));
        KEYS.put(ControlId.STUCK_JOBS, List.of("activeJobs", "stuckJobs", "slowerThanUsualJobs"));
        KEYS.put(ControlId.RECOVERY_POINT_INTEGRITY, List.of("recoveryPoints", "partial", "expired", "unencrypted",
                "notCustomerManagedKey", "belowMinimumRetention"));
        KEYS.put(ControlId.MALWARE_SCANS, List.of("scanJobs", "pointsWithThreats", "failedOrSkippedScans",
                "pointsNeverScanned"));
        KEYS.put(ControlId.RESTORE_TESTING, List.of("restoreTestingPlans", "testedResources", "validationFailed",
                "testsTooOld"));
        KEYS.put(ControlId.RPO, List.of("protectedResources", "breached", "oldestAgeHours"));
        KEYS.put(ControlId.RTO, List.of("restoreCompletedResources", "neverRestoreTested", "rtoExceeded",
                "slowestRestoreMinutes"));
        KEYS.put(ControlId.COVERAGE, List.of("resourcesInScope", "notSelectedByAnyPlan", "excludedByTag",
                "selectedNeverBackedUp"));
        KEYS.put(ControlId.PLAN_POLICY, List.of("plans", "rules"));
        KEYS.put(ControlId.VAULT_PROTECTION, List.of("vaults", "logicallyAirGappedVaults"));
        KEYS.put(ControlId.COPIES, List.of("plansRequiringCopies", "copyJobsCompleted", "copyJobsFailed"));
        KEYS.put(ControlId.S3_BACKUP_SOURCES, List.of("sources", "unreadableSources", "sourcesWithoutBackup",
                "oldestNewestBackupAgeHours", "objectsNotEncryptedAsExpected", "settingsNotVerifiable"));
    }

    private Highlights() {
    }

    /** The highlighted figures of a control that it reported, in order, as "label value" text. */
    public static List<String> of(ControlId control, Map<String, Number> figures) {
        List<String> texts = new ArrayList<>();
        for (String key : KEYS.getOrDefault(control, List.of())) {
            Number value = figures.get(key);
            if (value != null) {
                texts.add(label(key) + " " + value(key, value));
            }
        }
        return texts;
    }

    /** {@code backupSuccessRatePercent} becomes "backup success rate". */
    public static String label(String key) {
        String words = key.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return words.replace(" percent", "").replace(" hours", "").replace(" minutes", "");
    }

    /** Whole numbers without decimals, others with one; percent, hours and minutes get their unit. */
    public static String value(String key, Number value) {
        double number = value.doubleValue();
        String text = number == Math.rint(number) && !key.endsWith("Percent")
                ? String.valueOf((long) number) : String.format(Locale.ROOT, "%.1f", number);
        if (key.endsWith("Percent")) {
            return text + "%";
        }
        if (key.endsWith("Hours")) {
            return text + " h";
        }
        return key.endsWith("Minutes") ? text + " min" : text;
    }
}
