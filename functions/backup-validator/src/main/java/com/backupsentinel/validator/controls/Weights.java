package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import java.util.Set;

/**
 * How much a finding matters, so the report can rank: severity (ERROR 100, WARNING 10, INFO 1) x environment
 * (production 3, staging 2, development 1) x impact (2 for rules that mean data cannot be recovered today: a backup
 * that failed, stuck or aged past the RPO, a broken, unencrypted or infected recovery point, a failed restore or
 * restore test; 1 for the rest, which are hygiene). A failed production backup (600) outranks any development
 * finding (at most 200) and any production hygiene error (300).
 */
public final class Weights {

    static final Set<String> DATA_AT_RISK = Set.of("backup_job_failed", "backup_job_expired", "backup_job_aborted",
            "backup_job_partial", "job_stuck", "rpo_target", "recovery_point_status", "recovery_point_encrypted",
            "scan_threats_found", "restore_test_validation_failed", "restore_test_failed", "rto_target",
            "selected_by_backup_plan", "copy_job_completed", "s3_source_freshness", "s3_source_zero_byte",
            "s3_source_readable");

    private Weights() {
    }

    public static int of(Severity severity, DeploymentEnvironment environment, String rule) {
        int base = switch (severity) {
            case ERROR -> 100;
            case WARNING -> 10;
            default -> 1;
        };
        int place = switch (environment) {
            case PRODUCTION -> 3;
            case STAGING -> 2;
            default -> 1;
        };
        return base * place * (DATA_AT_RISK.contains(rule) ? 2 : 1);
    }
}
