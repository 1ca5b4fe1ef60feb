package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.AwsCallException;
import com.backupsentinel.ondemand.service.BackupConfiguration;
import com.backupsentinel.ondemand.service.BackupGateway;
import com.backupsentinel.ondemand.service.BackupJobSpec;
import com.backupsentinel.ondemand.service.BackupSelectionRules;
import com.backupsentinel.ondemand.service.JobProgress;
import com.backupsentinel.ondemand.service.ListedBackupJob;
import com.backupsentinel.ondemand.service.RecoveryPoint;
import com.backupsentinel.ondemand.service.RestoreJobSpec;
import com.backupsentinel.ondemand.service.StartedBackup;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.DescribeBackupJobResponse;
import software.amazon.awssdk.services.backup.model.DescribeRecoveryPointResponse;
import software.amazon.awssdk.services.backup.model.DescribeRestoreJobResponse;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.Lifecycle;
import software.amazon.awssdk.services.backup.model.StartBackupJobResponse;

/** {@link BackupGateway} over the AWS Backup SDK client. */
public final class AwsBackupGateway implements BackupGateway {

    private static final String SERVICE = "AWS Backup";

    private final BackupClient backup;

    public AwsBackupGateway(BackupClient backup) {
        this.backup = Objects.requireNonNull(backup, "backup");
    }

    @Override
    public StartedBackup startBackupJob(BackupJobSpec spec) {
        StartBackupJobResponse response = AwsErrors.call(SERVICE, "StartBackupJob", () -> backup.startBackupJob(b -> b
                .backupVaultName(spec.vaultName())
                .resourceArn(spec.resourceArn())
                .iamRoleArn(spec.iamRoleArn())
                .idempotencyToken(spec.idempotencyToken())
                .lifecycle(Lifecycle.builder().deleteAfterDays((long) spec.deleteAfterDays()).build())
                .recoveryPointTags(spec.recoveryPointTags())));
        return new StartedBackup(response.backupJobId(), response.recoveryPointArn());
    }

    @Override
    public List<ListedBackupJob> backupJobsOf(String resourceArn, String vaultName, Instant createdAfter,
                                              Instant createdBefore) {
        return AwsErrors.call(SERVICE, "ListBackupJobs", () -> backup.listBackupJobsPaginator(b -> b
                .byResourceArn(resourceArn).byBackupVaultName(vaultName)
                .byCreatedAfter(createdAfter).byCreatedBefore(createdBefore)).backupJobs().stream()
                .map(job -> new ListedBackupJob(job.backupJobId(), job.resourceArn(), job.iamRoleArn(),
                        job.recoveryPointArn(), job.createdBy() == null || job.createdBy().backupPlanId() == null,
                        job.creationDate()))
                .toList());
    }

    @Override
    public JobProgress describeBackupJob(String backupJobId) {
        DescribeBackupJobResponse job = AwsErrors.call(SERVICE, "DescribeBackupJob",
                () -> backup.describeBackupJob(b -> b.backupJobId(backupJobId)));
        return new JobProgress(backupJobId, job.stateAsString(), job.percentDone(), job.statusMessage(),
                job.recoveryPointArn(), "");
    }

    @Override
    public Optional<RecoveryPoint> describeRecoveryPoint(String vaultName, String recoveryPointArn) {
        try {
            DescribeRecoveryPointResponse point = AwsErrors.call(SERVICE, "DescribeRecoveryPoint",
                    () -> backup.describeRecoveryPoint(b -> b.backupVaultName(vaultName)
                            .recoveryPointArn(recoveryPointArn)));
            return Optional.of(new RecoveryPoint(recoveryPointArn, point.resourceArn(), point.resourceType(),
                    point.statusAsString()));
        } catch (AwsCallException e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Map<String, String> restoreMetadata(String vaultName, String recoveryPointArn) {
        return AwsErrors.call(SERVICE, "GetRecoveryPointRestoreMetadata",
                () -> backup.getRecoveryPointRestoreMetadata(b -> b.backupVaultName(vaultName)
                        .recoveryPointArn(recoveryPointArn))).restoreMetadata();
    }

    @Override
    public String startRestoreJob(RestoreJobSpec spec) {
        return AwsErrors.call(SERVICE, "StartRestoreJob", () -> backup.startRestoreJob(b -> b
                .recoveryPointArn(spec.recoveryPointArn())
                .resourceType(spec.resourceType().isEmpty() ? null : spec.resourceType())
                .metadata(spec.metadata())
                .iamRoleArn(spec.iamRoleArn())
                .idempotencyToken(spec.idempotencyToken()))).restoreJobId();
    }

    @Override
    public JobProgress describeRestoreJob(String restoreJobId) {
        DescribeRestoreJobResponse job = AwsErrors.call(SERVICE, "DescribeRestoreJob",
                () -> backup.describeRestoreJob(b -> b.restoreJobId(restoreJobId)));
        return new JobProgress(restoreJobId, job.statusAsString(), job.percentDone(), job.statusMessage(), "",
                job.createdResourceArn());
    }

    @Override
    public List<BackupSelectionRules> backupSelections(String backupPlanId) {
        List<BackupSelectionRules> rules = new ArrayList<>();
        for (GetBackupSelectionResponse response : selections(backupPlanId)) {
            BackupSelection selection = response.backupSelection();
            rules.add(new BackupSelectionRules(response.selectionId(), selection.selectionName(),
                    selection.resources(), selection.notResources(), SelectionConditions.listOfTags(selection),
                    SelectionConditions.conditions(selection.conditions())));
        }
        return rules;
    }

    @Override
    public BackupConfiguration configuration(String vaultName, Optional<String> backupPlanId) {
        JsonNode vault = SdkJson.of(AwsErrors.call(SERVICE, "DescribeBackupVault",
                () -> backup.describeBackupVault(b -> b.backupVaultName(vaultName))));
        Optional<JsonNode> policy = optional(() -> SdkJson.of(AwsErrors.call(SERVICE, "GetBackupVaultAccessPolicy",
                () -> backup.getBackupVaultAccessPolicy(b -> b.backupVaultName(vaultName)))));
        Optional<JsonNode> notifications = optional(() -> SdkJson.of(AwsErrors.call(SERVICE,
                "GetBackupVaultNotifications", () -> backup.getBackupVaultNotifications(b -> b.backupVaultName(vaultName)))));
        Optional<JsonNode> plan = backupPlanId.map(id -> SdkJson.of(AwsErrors.call(SERVICE, "GetBackupPlan",
                () -> backup.getBackupPlan(b -> b.backupPlanId(id)))));
        List<JsonNode> selections = new ArrayList<>();
        backupPlanId.ifPresent(id -> selections(id).forEach(selection -> selections.add(SdkJson.of(selection))));
        return new BackupConfiguration(vault, policy, notifications, plan, selections);
    }

    private List<GetBackupSelectionResponse> selections(String backupPlanId) {
        List<GetBackupSelectionResponse> selections = new ArrayList<>();
        List<BackupSelectionsListMember> members = AwsErrors.call(SERVICE, "ListBackupSelections", () -> {
            List<BackupSelectionsListMember> all = new ArrayList<>();
            backup.listBackupSelectionsPaginator(b -> b.backupPlanId(backupPlanId))
                    .forEach(page -> all.addAll(page.backupSelectionsList()));
            return all;
        });
        for (BackupSelectionsListMember member : members) {
            selections.add(AwsErrors.call(SERVICE, "GetBackupSelection", () -> backup.getBackupSelection(b -> b
                    .backupPlanId(backupPlanId).selectionId(member.selectionId()))));
        }
        return selections;
    }

    /** A vault without an access policy or notifications answers ResourceNotFound: that is "none". */
    private static Optional<JsonNode> optional(Supplier<JsonNode> call) {
        try {
            return Optional.of(call.get());
        } catch (AwsCallException e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
