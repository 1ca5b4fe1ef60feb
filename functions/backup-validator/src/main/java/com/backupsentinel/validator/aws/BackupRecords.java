package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.CopyAction;
import software.amazon.awssdk.services.backup.model.CopyJob;
import software.amazon.awssdk.services.backup.model.Lifecycle;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RestoreJobsListMember;

/** Maps AWS Backup SDK shapes to the validator's records; absent text becomes "", absent numbers empty. */
final class BackupRecords {

    private BackupRecords() {
    }

    static JobRecord backupJob(BackupJob job) {
        return new JobRecord(JobKind.BACKUP, text(job.backupJobId()), text(job.accountId()), text(job.resourceArn()),
                text(job.resourceType()), text(job.backupVaultName()), text(job.stateAsString()),
                text(job.statusMessage()), text(job.messageCategory()), created(job.creationDate()),
                Optional.ofNullable(job.completionDate()),
                "", "");
    }

    static JobRecord copyJob(CopyJob job) {
        return new JobRecord(JobKind.COPY, text(job.copyJobId()), text(job.accountId()), text(job.resourceArn()),
                text(job.resourceType()), vaultName(job.sourceBackupVaultArn()), text(job.stateAsString()),
                text(job.statusMessage()), text(job.messageCategory()), created(job.creationDate()),
                Optional.ofNullable(job.completionDate()),
                text(job.destinationBackupVaultArn()), "");
    }

    static JobRecord restoreJob(RestoreJobsListMember job) {
        String resource = firstOf(job.sourceResourceArn(), job.createdResourceArn(), job.recoveryPointArn());
        String testingPlan = job.createdBy() == null ? "" : text(job.createdBy().restoreTestingPlanArn());
        return new JobRecord(JobKind.RESTORE, text(job.restoreJobId()), text(job.accountId()), resource,
                text(job.resourceType()), vaultName(job.backupVaultArn()), text(job.statusAsString()),
                text(job.statusMessage()), "", created(job.creationDate()), Optional.ofNullable(job.completionDate()),
                "", testingPlan);
    }

    static RecoveryPointRecord recoveryPoint(RecoveryPointByBackupVault point) {
        Lifecycle lifecycle = point.lifecycle();
        Optional<Instant> deleteAt = point.calculatedLifecycle() == null ? Optional.empty()
                : Optional.ofNullable(point.calculatedLifecycle().deleteAt());
        return new RecoveryPointRecord(text(point.recoveryPointArn()), text(point.backupVaultName()),
                text(point.resourceArn()), text(point.resourceType()), text(point.statusAsString()),
                text(point.statusMessage()), created(point.creationDate()), Optional.ofNullable(point.completionDate()),
                Boolean.TRUE.equals(point.isEncrypted()), text(point.encryptionKeyArn()),
                text(point.encryptionKeyTypeAsString()), deleteAfter(lifecycle), deleteAt);
    }

    static VaultRecord vault(BackupVaultListMember vault, Optional<String> policy) {
        return new VaultRecord(text(vault.backupVaultName()), text(vault.backupVaultArn()),
                text(vault.vaultTypeAsString()), text(vault.encryptionKeyArn()), text(vault.encryptionKeyTypeAsString()),
                Boolean.TRUE.equals(vault.locked()), optional(vault.minRetentionDays()),
                optional(vault.maxRetentionDays()), policy);
    }

    static ProtectedResourceRecord protectedResource(ProtectedResource resource) {
        return new ProtectedResourceRecord(text(resource.resourceArn()), text(resource.resourceType()),
                text(resource.resourceName()), Optional.ofNullable(resource.lastBackupTime()));
    }

    static RuleRecord rule(BackupRule rule) {
        List<CopyActionRecord> copies = rule.copyActions().stream().map(BackupRecords::copyAction).toList();
        return new RuleRecord(text(rule.ruleName()), text(rule.targetBackupVaultName()),
                text(rule.scheduleExpression()), text(rule.scheduleExpressionTimezone()),
                deleteAfter(rule.lifecycle()), coldAfter(rule.lifecycle()),
                Boolean.TRUE.equals(rule.enableContinuousBackup()), copies);
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

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
