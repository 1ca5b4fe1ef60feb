package com.backupsentinel.validator.inventory;

import java.util.Objects;

/**
 * What a job says beyond its outcome; empty strings where AWS leaves a member out.
 *
 * @param backupPlanId       CreatedBy.BackupPlanId (backup and copy jobs of a plan); empty for on-demand jobs
 * @param backupRuleId       CreatedBy.BackupRuleId
 * @param recoveryPointArn   backup: the point made; copy: the source point; restore: the point restored
 * @param createdResourceArn restore: the restored copy (never a protected resource)
 * @param validationStatus   restore: ValidationStatus (SUCCESSFUL, FAILED, TIMED_OUT, VALIDATING)
 * @param validationMessage  restore: ValidationStatusMessage
 * @param attribution        restore: how the protected resource was found ({@link #FROM_SOURCE_ARN},
 *                           {@link #FROM_VAULT_LISTING}, {@link #FROM_DESCRIBE}); empty when it was not
 */
public record JobDetails(String backupPlanId, String backupRuleId, String recoveryPointArn, String createdResourceArn,
                         String validationStatus, String validationMessage, String attribution) {

    public static final String FROM_SOURCE_ARN = "SourceResourceArn";
    public static final String FROM_VAULT_LISTING = "vault listing";
    public static final String FROM_DESCRIBE = "DescribeRecoveryPoint";
    public static final JobDetails NONE = new JobDetails("", "", "", "", "", "", "");

    public JobDetails(String backupPlanId, String backupRuleId, String recoveryPointArn, String createdResourceArn,
                      String validationStatus, String validationMessage) {
        this(backupPlanId, backupRuleId, recoveryPointArn, createdResourceArn, validationStatus, validationMessage,
                "");
    }

    public JobDetails withAttribution(String how) {
        return new JobDetails(backupPlanId, backupRuleId, recoveryPointArn, createdResourceArn, validationStatus,
                validationMessage, how);
    }

    public JobDetails {
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupRuleId, "backupRuleId");
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(createdResourceArn, "createdResourceArn");
        Objects.requireNonNull(validationStatus, "validationStatus");
        Objects.requireNonNull(validationMessage, "validationMessage");
        Objects.requireNonNull(attribution, "attribution");
    }

    /** Started by a backup plan's rule (false for on-demand jobs). */
    public boolean fromPlan() {
        return !backupPlanId.isBlank() && !backupRuleId.isBlank();
    }
}
