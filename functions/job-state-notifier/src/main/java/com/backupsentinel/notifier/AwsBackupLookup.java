package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.CopyJob;
import software.amazon.awssdk.services.backup.model.DescribeBackupJobResponse;
import software.amazon.awssdk.services.backup.model.DescribeRecoveryPointResponse;
import software.amazon.awssdk.services.backup.model.DescribeRestoreJobResponse;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.RecoveryPointCreator;

/** {@link BackupLookup} over the AWS Backup API (DescribeBackupJob, DescribeCopyJob, ..., GetBackupPlan). */
final class AwsBackupLookup implements BackupLookup {

    private static final String VAULT_MARKER = ":backup-vault:";

    private final BackupClient backup;

    AwsBackupLookup(BackupClient backup) {
        this.backup = Objects.requireNonNull(backup, "backup");
    }

    @Override
    public JobDescription describeBackupJob(String backupJobId) {
        DescribeBackupJobResponse job = call("DescribeBackupJob",
                () -> backup.describeBackupJob(request -> request.backupJobId(backupJobId)));
        Optional<RecoveryPointCreator> plan = Optional.ofNullable(job.createdBy());
        return new JobDescription(text(job.statusMessage()), text(job.messageCategory()), text(job.resourceArn()),
                text(job.resourceType()), text(job.resourceName()), text(job.backupVaultName()),
                text(job.backupVaultArn()), Optional.ofNullable(job.backupSizeInBytes()),
                Optional.ofNullable(job.creationDate()), Optional.ofNullable(job.completionDate()),
                Optional.ofNullable(job.expectedCompletionDate()), percent(job.percentDone()),
                text(job.iamRoleArn()), plan.flatMap(p -> text(p.backupPlanId())),
                plan.flatMap(p -> text(p.backupPlanName())));
    }

    @Override
    public JobDescription describeCopyJob(String copyJobId) {
        CopyJob job = call("DescribeCopyJob", () -> backup.describeCopyJob(request -> request.copyJobId(copyJobId)))
                .copyJob();
        if (job == null) {
            throw new LookupFailedException("DescribeCopyJob", "the answer had no copy job", null);
        }
        Optional<RecoveryPointCreator> plan = Optional.ofNullable(job.createdBy());
        Optional<String> vaultArn = text(job.sourceBackupVaultArn());
        return new JobDescription(text(job.statusMessage()), text(job.messageCategory()), text(job.resourceArn()),
                text(job.resourceType()), text(job.resourceName()), vaultArn.flatMap(AwsBackupLookup::vaultName),
                vaultArn, Optional.ofNullable(job.backupSizeInBytes()), Optional.ofNullable(job.creationDate()),
                Optional.ofNullable(job.completionDate()), Optional.empty(), Optional.empty(),
                text(job.iamRoleArn()), plan.flatMap(p -> text(p.backupPlanId())),
                plan.flatMap(p -> text(p.backupPlanName())));
    }

    @Override
    public JobDescription describeRestoreJob(String restoreJobId) {
        DescribeRestoreJobResponse job = call("DescribeRestoreJob",
                () -> backup.describeRestoreJob(request -> request.restoreJobId(restoreJobId)));
        Optional<String> vaultArn = text(job.backupVaultArn());
        Optional<Instant> created = Optional.ofNullable(job.creationDate());
        Optional<Instant> expected = Optional.ofNullable(job.expectedCompletionTimeMinutes())
                .flatMap(minutes -> created.map(start -> start.plusSeconds(minutes * 60)));
        return new JobDescription(text(job.statusMessage()), Optional.empty(), text(job.sourceResourceArn()),
                text(job.resourceType()), Optional.empty(), vaultArn.flatMap(AwsBackupLookup::vaultName), vaultArn,
                Optional.ofNullable(job.backupSizeInBytes()), created, Optional.ofNullable(job.completionDate()),
                expected, percent(job.percentDone()), text(job.iamRoleArn()), Optional.empty(), Optional.empty());
    }

    @Override
    public JobDescription describeRecoveryPoint(String backupVaultName, String recoveryPointArn) {
        DescribeRecoveryPointResponse point = call("DescribeRecoveryPoint",
                () -> backup.describeRecoveryPoint(request -> request.backupVaultName(backupVaultName)
                        .recoveryPointArn(recoveryPointArn)));
        Optional<RecoveryPointCreator> plan = Optional.ofNullable(point.createdBy());
        return new JobDescription(text(point.statusMessage()), Optional.empty(), text(point.resourceArn()),
                text(point.resourceType()), text(point.resourceName()), text(point.backupVaultName()),
                text(point.backupVaultArn()), Optional.ofNullable(point.backupSizeInBytes()),
                Optional.ofNullable(point.creationDate()), Optional.ofNullable(point.completionDate()),
                Optional.empty(), Optional.empty(), text(point.iamRoleArn()),
                plan.flatMap(p -> text(p.backupPlanId())), plan.flatMap(p -> text(p.backupPlanName())));
    }

    @Override
    public String backupPlanName(String backupPlanId, Optional<String> versionId) {
        GetBackupPlanResponse plan = call("GetBackupPlan", () -> backup.getBackupPlan(request -> {
            request.backupPlanId(backupPlanId);
            versionId.ifPresent(request::versionId);
        }));
        return Optional.ofNullable(plan.backupPlan()).flatMap(body -> text(body.backupPlanName()))
                .orElseThrow(() -> new LookupFailedException("GetBackupPlan", "the answer had no plan name", null));
    }

    private static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new LookupFailedException(operation, (code == null || code.isBlank() ? "error without a code" : code)
                    + (message == null || message.isBlank() ? "" : ": " + message)
                    + " (HTTP " + e.statusCode() + ")", e);
        } catch (SdkException e) {
            throw new LookupFailedException(operation, "AWS Backup could not be reached: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(text -> !text.isEmpty());
    }

    private static Optional<Integer> percent(String value) {
        try {
            return text(value).map(text -> (int) Math.round(Double.parseDouble(text.replace("%", "").trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> vaultName(String vaultArn) {
        int at = vaultArn.indexOf(VAULT_MARKER);
        return at < 0 ? Optional.empty() : text(vaultArn.substring(at + VAULT_MARKER.length()));
    }
}
