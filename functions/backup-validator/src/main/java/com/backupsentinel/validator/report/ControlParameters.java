package com.backupsentinel.validator.report;

import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlSettings;
import com.backupsentinel.validator.controls.TagRule;
import com.backupsentinel.validator.sources.BackupSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The thresholds each control applied, as text, for reports (Audit Manager's controlParameters). */
public final class ControlParameters {

    private ControlParameters() {
    }

    public static Map<String, String> of(ControlId control, ControlSettings settings, int lookbackHours) {
        Map<String, String> parameters = new LinkedHashMap<>();
        switch (control) {
            case JOB_OUTCOMES:
                parameters.put("lookbackHours", String.valueOf(lookbackHours));
                break;
            case STUCK_JOBS:
                parameters.put("jobsOfPlanRules", "start window + completion window of the rule");
                parameters.put("stuckJobHours", String.valueOf(settings.stuckJobHours()));
                parameters.put("stuckJobMedianFactor", String.valueOf(settings.stuckJobMedianFactor()));
                break;
            case RECOVERY_POINT_INTEGRITY:
                parameters.put("minRetentionDays", retention(settings));
                parameters.put("requireCustomerManagedKey", String.valueOf(settings.requireCustomerManagedKey()));
                break;
            case MALWARE_SCANS:
                parameters.put("historyDays", "14");
                parameters.put("notScannedAfterHours", "24");
                break;
            case RESTORE_TESTING:
                parameters.put("restoreTestMaxAgeDays", String.valueOf(settings.restoreTestMaxAgeDays()));
                break;
            case RPO:
                parameters.put("rpoTargetHours", String.valueOf(settings.rpoTargetHours()));
                break;
            case RTO:
                parameters.put("rtoTargetMinutes", String.valueOf(settings.rtoTargetMinutes()));
                break;
            case COVERAGE:
                parameters.put("resourceTypes", String.join(",", settings.coverageResourceTypes()));
                parameters.put("includeTags", rules(settings, true));
                parameters.put("excludeTags", rules(settings, false));
                break;
            case PLAN_POLICY:
                parameters.put("minRetentionDays", retention(settings));
                parameters.put("minBackupFrequencyHours", String.valueOf(settings.minBackupFrequencyHours()));
                parameters.put("environment", settings.environment().wireName());
                break;
            case VAULT_PROTECTION:
                parameters.put("backupVaultName", settings.backupVaultName().orElse(""));
                parameters.put("environment", settings.environment().wireName());
                break;
            case COPIES:
                parameters.put("replicaRegion", settings.replicaRegion());
                parameters.put("replicaAccountId", settings.replicaAccountId().orElse(""));
                parameters.put("lookbackHours", String.valueOf(lookbackHours));
                break;
            default:
                break;
        }
        return parameters;
    }

    /** The S3 backup sources control's parameters: one entry per source, its layout and expectations. */
    public static Map<String, String> sources(List<BackupSource> sources) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (BackupSource source : sources) {
            StringBuilder text = new StringBuilder("s3://" + source.bucket() + "/" + source.pattern() + ", rpo "
                    + source.rpoHours() + " h");
            source.retentionDays().ifPresent(days -> text.append(", retention ").append(days).append(" d"));
            source.glacierAfterDays().ifPresent(days -> text.append(", glacier after ").append(days).append(" d"));
            text.append(", ").append(source.kmsKeyArn().map(key -> "SSE-KMS " + key).orElse("SSE-KMS"));
            parameters.put(source.name(), text.toString());
        }
        return parameters;
    }

    private static String retention(ControlSettings settings) {
        return settings.minRetentionDays().isPresent() ? String.valueOf(settings.minRetentionDays().getAsInt())
                : "per environment (development 7, staging 30, production 90)";
    }

    private static String rules(ControlSettings settings, boolean include) {
        return (include ? settings.coverageIncludeTags() : settings.coverageExcludeTags()).stream()
                .map(TagRule::toString).collect(Collectors.joining(","));
    }
}
