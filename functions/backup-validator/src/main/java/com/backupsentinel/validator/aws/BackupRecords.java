package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PointDetails;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.RuleWindows;
import com.backupsentinel.validator.inventory.ScanJobRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.services.backup.model.AggregatedScanResult;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.CopyAction;
import software.amazon.awssdk.services.backup.model.CopyJob;
import software.amazon.awssdk.services.backup.model.DescribeRecoveryPointResponse;
import software.amazon.awssdk.services.backup.model.Lifecycle;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RecoveryPointCreator;
import software.amazon.awssdk.services.backup.model.RestoreJobsListMember;
import software.amazon.awssdk.services.backup.model.RestoreTestingPlanForList;
import software.amazon.awssdk.services.backup.model.ScanAction;
import software.amazon.awssdk.services.backup.model.ScanJob;
import software.amazon.awssdk.services.backup.model.ScanJobCreator;

/** Maps AWS Backup SDK shapes to the validator's records; absent text becomes "", absent numbers empty. */
final class BackupRecords {

    private BackupRecords() {
    }

    static JobRecord backupJob(BackupJob job) {
        RecoveryPointCreator by = job.createdBy();
        JobDetails details = new JobDetails(by == null ? "" : text(by.backupPlanId()),
                by == null ? "" : text(by.backupRuleId()), text(job.recoveryPointArn()), "", "", "");
        return new JobRecord(JobKind.BACKUP, text(job.backupJobId()), text(job.accountId()), text(job.resourceArn()),
                text(job.resourceType()), text(job.backupVaultName()), text(job.stateAsString()),
                text(job.statusMessage()), text(job.messageCategory()), created(job.creationDate()),
                Optional.ofNullable(job.completionDate()), "", "", details);
    }

    static JobRecord copyJob(CopyJob job) {
        RecoveryPointCreator by = job.createdBy();
        JobDetails details = new JobDetails(by == null ? "" : text(by.backupPlanId()),
                by == null ? "" : text(by.backupRuleId()), text(job.sourceRecoveryPointArn()), "", "", "");
        return new JobRecord(JobKind.COPY, text(job.copyJobId()), text(job.accountId()), text(job.resourceArn()),
                text(job.resourceType()), vaultName(job.sourceBackupVaultArn()), text(job.stateAsString()),
                text(job.statusMessage()), text(job.messageCategory()), created(job.creationDate()),
                Optional.ofNullable(job.completionDate()), text(job.destinationBackupVaultArn()), "", details);
    }

    /**
     * A restore job names its protected resource only when AWS fills SourceResourceArn (some resource types, recent
     * jobs); otherwise the resource stays empty until the restored recovery point is looked up. CreatedResourceArn,
     * the restored copy, is kept apart and never taken for the protected resource.
     */
    static JobRecord restoreJob(RestoreJobsListMember job) {
        String testingPlan = job.createdBy() == null ? "" : text(job.createdBy().restoreTestingPlanArn());
        JobDetails details = new JobDetails("", "", text(job.recoveryPointArn()), text(job.createdResourceArn()),
                text(job.validationStatusAsString()), text(job.validationStatusMessage()),
                job.sourceResourceArn() == null || job.sourceResourceArn().isBlank() ? "" : JobDetails.FROM_SOURCE_ARN);
        return new JobRecord(JobKind.RESTORE, text(job.restoreJobId()), text(job.accountId()),
                text(job.sourceResourceArn()), text(job.resourceType()), vaultName(job.backupVaultArn()),
                text(job.statusAsString()), text(job.statusMessage()), "", created(job.creationDate()),
                Optional.ofNullable(job.completionDate()), "", testingPlan, details);
    }

    static ScanJobRecord scanJob(ScanJob job) {
        ScanJobCreator by = job.createdBy();
        return new ScanJobRecord(text(job.scanJobId()), text(job.accountId()), text(job.backupVaultName()),
                text(job.recoveryPointArn()), text(job.resourceArn()), text(job.resourceTypeAsString()),
                text(job.stateAsString()), job.scanResult() == null ? "" : text(job.scanResult().scanResultStatusAsString()),
                text(job.statusMessage()), text(job.malwareScannerAsString()), text(job.scanModeAsString()),
                created(job.creationDate()), Optional.ofNullable(job.completionDate()),
                by == null ? "" : text(by.backupPlanId()), by == null ? "" : text(by.backupRuleId()));
    }

    static RecoveryPointRecord recoveryPoint(RecoveryPointByBackupVault point) {
        Lifecycle lifecycle = point.lifecycle();
        Optional<Instant> deleteAt = point.calculatedLifecycle() == null ? Optional.empty()
                : Optional.ofNullable(point.calculatedLifecycle().deleteAt());
        RecoveryPointCreator by = point.createdBy();
        AggregatedScanResult scan = point.aggregatedScanResult();
        PointDetails details = new PointDetails(by == null ? "" : text(by.backupPlanId()),
                by == null ? "" : text(by.backupRuleId()), point.backupSizeInBytes() == null ? 0 : point.backupSizeInBytes(),
                scan == null ? Optional.empty() : Optional.of(scan.lastComputed() == null ? Instant.EPOCH : scan.lastComputed()),
                scan != null && Boolean.TRUE.equals(scan.failedScan()), scan == null ? List.of() : scan.findingsAsStrings());
        return new RecoveryPointRecord(text(point.recoveryPointArn()), text(point.backupVaultName()),
                text(point.resourceArn()), text(point.resourceType()), text(point.statusAsString()),
                text(point.statusMessage()), created(point.creationDate()), Optional.ofNullable(point.completionDate()),
                Boolean.TRUE.equals(point.isEncrypted()), text(point.encryptionKeyArn()),
                text(point.encryptionKeyTypeAsString()), deleteAfter(lifecycle), deleteAt, details);
    }

    /** DescribeRecoveryPoint's answer, reduced to what attribution needs. */
    static RecoveryPointRecord describedPoint(DescribeRecoveryPointResponse point) {
        return new RecoveryPointRecord(text(point.recoveryPointArn()), text(point.backupVaultName()),
                text(point.resourceArn()), text(point.resourceType()), text(point.statusAsString()),
                text(point.statusMessage()), created(point.creationDate()), Optional.ofNullable(point.completionDate()),
                Boolean.TRUE.equals(point.isEncrypted()), text(point.encryptionKeyArn()),
                text(point.encryptionKeyTypeAsString()), deleteAfter(point.lifecycle()), Optional.empty());
    }

    static VaultRecord vault(BackupVaultListMember vault, Optional<String> policy, Optional<String> approvalTeam) {
        return new VaultRecord(text(vault.backupVaultName()), text(vault.backupVaultArn()),
                text(vault.vaultTypeAsString()), text(vault.encryptionKeyArn()), text(vault.encryptionKeyTypeAsString()),
                Boolean.TRUE.equals(vault.locked()), optional(vault.minRetentionDays()),
                optional(vault.maxRetentionDays()), policy, Optional.ofNullable(vault.lockDate()),
                text(vault.vaultStateAsString()), approvalTeam);
    }

    static RestoreTestingPlanRecord restoreTestingPlan(RestoreTestingPlanForList plan, List<String> selectionTypes) {
        return new RestoreTestingPlanRecord(text(plan.restoreTestingPlanName()), text(plan.restoreTestingPlanArn()),
                text(plan.scheduleExpression()), Optional.ofNullable(plan.lastExecutionTime()), selectionTypes);
    }

    static ProtectedResourceRecord protectedResource(ProtectedResource resource) {
        return new ProtectedResourceRecord(text(resource.resourceArn()), text(resource.resourceType()),
                text(resource.resourceName()), Optional.ofNullable(resource.lastBackupTime()));
    }

    static RuleRecord rule(BackupRule rule) {
        List<CopyActionRecord> copies = rule.copyActions().stream().map(BackupRecords::copyAction).toList();
        RuleWindows windows = new RuleWindows(text(rule.ruleId()),
                rule.startWindowMinutes() == null ? RuleWindows.DEFAULT_START_MINUTES : rule.startWindowMinutes(),
                rule.completionWindowMinutes() == null ? RuleWindows.DEFAULT_COMPLETION_MINUTES
                        : rule.completionWindowMinutes());
        List<String> scanners = rule.scanActions().stream().map(ScanAction::malwareScannerAsString)
                .map(BackupRecords::text).toList();
        return new RuleRecord(text(rule.ruleName()), text(rule.targetBackupVaultName()),
                text(rule.scheduleExpression()), text(rule.scheduleExpressionTimezone()),
                deleteAfter(rule.lifecycle()), coldAfter(rule.lifecycle()),
                Boolean.TRUE.equals(rule.enableContinuousBackup()), copies, windows, scanners);
    }

    private static CopyActionRecord copyAction(CopyAction copy) {
        return new CopyActionRecord(text(copy.destinationBackupVaultArn()), deleteAfter(copy.lifecycle()),
                coldAfter(copy.lifecycle()));
    }

    /** The vault name at the end of {@code arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME}. */
    static String vaultName(String vaultArn) {
        if (vaultArn == null) {
            return "";
        }
        int marker = vaultArn.indexOf("backup-vault:");
        return marker < 0 ? vaultArn : vaultArn.substring(marker + "backup-vault:".length());
    }

    private static OptionalLong deleteAfter(Lifecycle lifecycle) {
        return lifecycle == null ? OptionalLong.empty() : optional(lifecycle.deleteAfterDays());
    }

    private static OptionalLong coldAfter(Lifecycle lifecycle) {
        return lifecycle == null ? OptionalLong.empty() : optional(lifecycle.moveToColdStorageAfterDays());
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Instant created(Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
