package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.BackupInventory;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.ScanJobRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;
import software.amazon.awssdk.services.backup.model.RestoreTestingPlanForList;

/**
 * AWS Backup through the SDK: every list call paginates with the largest page AWS allows (1000) and is streamed,
 * so at most one page is held at a time. Plans and selections are read in full (one GetBackupPlan and one
 * GetBackupSelection each), vault access policies once per vault.
 */
public final class SdkBackupInventory implements BackupInventory {

    static final int PAGE_SIZE = 1000;

    private final BackupClient backup;

    public SdkBackupInventory(BackupClient backup) {
        this.backup = Objects.requireNonNull(backup, "backup");
    }

    @Override
    public Stream<VaultRecord> vaults() {
        return GuardedStream.of("ListBackupVaults", () -> backup.listBackupVaultsPaginator(r -> r.maxResults(PAGE_SIZE))
                .backupVaultList().stream().map(this::vault));
    }

    /**
     * A vault with its access policy; a logically air-gapped vault also with its multi-party approval team, which
     * only DescribeBackupVault tells (one call per such vault).
     */
    private VaultRecord vault(BackupVaultListMember vault) {
        Optional<String> team = Optional.empty();
        if (VaultRecord.LOGICALLY_AIR_GAPPED.equals(vault.vaultTypeAsString())) {
            try {
                team = Optional.ofNullable(backup.describeBackupVault(r -> r.backupVaultName(vault.backupVaultName()))
                        .mpaApprovalTeamArn());
            } catch (SdkException e) {
                throw GuardedStream.translate("DescribeBackupVault " + vault.backupVaultName(), e);
            }
        }
        return BackupRecords.vault(vault, accessPolicy(vault.backupVaultName()), team);
    }

    private Optional<String> accessPolicy(String vaultName) {
        try {
            return Optional.ofNullable(backup.getBackupVaultAccessPolicy(r -> r.backupVaultName(vaultName)).policy());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw GuardedStream.translate("GetBackupVaultAccessPolicy " + vaultName, e);
        }
    }

    @Override
    public Stream<PlanRecord> plans() {
        return GuardedStream.of("ListBackupPlans", () -> backup.listBackupPlansPaginator(r -> r.maxResults(PAGE_SIZE))
                .backupPlansList().stream().map(this::plan));
    }

    private PlanRecord plan(BackupPlansListMember listed) {
        String id = listed.backupPlanId();
        try {
            GetBackupPlanResponse plan = backup.getBackupPlan(r -> r.backupPlanId(id));
            List<RuleRecord> rules = plan.backupPlan().rules().stream().map(BackupRecords::rule).toList();
            List<SelectionRecord> selections = backup.listBackupSelectionsPaginator(r -> r.backupPlanId(id)
                    .maxResults(PAGE_SIZE)).backupSelectionsList().stream()
                    .map(s -> Selections.of(id, backup.getBackupSelection(r -> r.backupPlanId(id)
                            .selectionId(s.selectionId())).backupSelection()))
                    .toList();
            String name = plan.backupPlan().backupPlanName();
            return new PlanRecord(id, name == null ? "" : name, plan.backupPlanArn() == null ? "" : plan.backupPlanArn(),
                    rules, selections);
        } catch (SdkException e) {
            throw GuardedStream.translate("GetBackupPlan " + id, e);
        }
    }

    @Override
    public Stream<ProtectedResourceRecord> protectedResources() {
        return GuardedStream.of("ListProtectedResources", () -> backup.listProtectedResourcesPaginator(
                r -> r.maxResults(PAGE_SIZE)).results().stream().map(BackupRecords::protectedResource));
    }

    @Override
    public Stream<RecoveryPointRecord> recoveryPoints(String vaultName) {
        return GuardedStream.of("ListRecoveryPointsByBackupVault " + vaultName,
                () -> backup.listRecoveryPointsByBackupVaultPaginator(r -> r.backupVaultName(vaultName).maxResults(PAGE_SIZE))
                        .recoveryPoints().stream().map(BackupRecords::recoveryPoint));
    }

    @Override
    public Stream<ScanJobRecord> scanJobs(Instant completedAfter) {
        return GuardedStream.of("ListScanJobs", () -> backup.listScanJobsPaginator(r -> r.maxResults(PAGE_SIZE)
                .byCompleteAfter(completedAfter)).scanJobs().stream().map(BackupRecords::scanJob));
    }

    @Override
    public Stream<RestoreTestingPlanRecord> restoreTestingPlans() {
        return GuardedStream.of("ListRestoreTestingPlans", () -> backup.listRestoreTestingPlansPaginator(
                r -> r.maxResults(PAGE_SIZE)).restoreTestingPlans().stream().map(this::restoreTestingPlan));
    }

    private RestoreTestingPlanRecord restoreTestingPlan(RestoreTestingPlanForList plan) {
        String name = plan.restoreTestingPlanName();
        try {
            List<String> types = backup.listRestoreTestingSelectionsPaginator(r -> r.restoreTestingPlanName(name)
                    .maxResults(PAGE_SIZE)).restoreTestingSelections().stream()
                    .map(selection -> selection.protectedResourceType() == null ? "" : selection.protectedResourceType())
                    .toList();
            return BackupRecords.restoreTestingPlan(plan, types);
        } catch (SdkException e) {
            throw GuardedStream.translate("ListRestoreTestingSelections " + name, e);
        }
    }

    @Override
    public Optional<RecoveryPointRecord> recoveryPoint(String vaultName, String recoveryPointArn) {
        try {
            return Optional.of(BackupRecords.describedPoint(backup.describeRecoveryPoint(r -> r
                    .backupVaultName(vaultName).recoveryPointArn(recoveryPointArn))));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw GuardedStream.translate("DescribeRecoveryPoint " + recoveryPointArn, e);
        }
    }

    @Override
    public Stream<JobRecord> jobs(JobKind kind, JobQuery query) {
        String account = query.account().orElse(null);
        switch (kind) {
            case BACKUP:
                return GuardedStream.of("ListBackupJobs", () -> backup.listBackupJobsPaginator(r -> r.maxResults(PAGE_SIZE)
                        .byCreatedAfter(query.createdAfter().orElse(null)).byAccountId(account))
                        .backupJobs().stream().map(BackupRecords::backupJob));
            case COPY:
                return GuardedStream.of("ListCopyJobs", () -> backup.listCopyJobsPaginator(r -> r.maxResults(PAGE_SIZE)
                        .byCreatedAfter(query.createdAfter().orElse(null)).byAccountId(account))
                        .copyJobs().stream().map(BackupRecords::copyJob));
            case RESTORE:
                return GuardedStream.of("ListRestoreJobs", () -> backup.listRestoreJobsPaginator(r -> r.maxResults(PAGE_SIZE)
                        .byCreatedAfter(query.createdAfter().orElse(null)).byAccountId(account))
                        .restoreJobs().stream().map(BackupRecords::restoreJob));
            default:
                throw new IllegalArgumentException("unknown job kind " + kind);
        }
    }
}
