package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What AWS Backup knows about one region, streamed page by page so callers aggregate without holding
 * everything. Every stream is lazy: stop consuming it and no further page is fetched.
 */
public interface BackupInventory {

    Stream<VaultRecord> vaults();

    Stream<PlanRecord> plans();

    Stream<ProtectedResourceRecord> protectedResources();

    Stream<RecoveryPointRecord> recoveryPoints(String vaultName);

    /** Jobs of {@code kind} matching {@code query}. */
    Stream<JobRecord> jobs(JobKind kind, JobQuery query);

    /** Malware scan jobs completed after {@code completedAfter} (AWS keeps them 30 days). */
    Stream<ScanJobRecord> scanJobs(Instant completedAfter);

    /** Restore testing plans with their selections' resource types. */
    Stream<RestoreTestingPlanRecord> restoreTestingPlans();

    /** One recovery point (DescribeRecoveryPoint); empty when the vault no longer holds it. */
    Optional<RecoveryPointRecord> recoveryPoint(String vaultName, String recoveryPointArn);
}
