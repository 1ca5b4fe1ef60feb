package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region of an inventory, in wire form. Small collections (vaults, plans, selections, protected and tagged
 * resources) are JSON trees; jobs and recovery points are compact {@link Row}s. Jobs and recovery points change
 * when the stand-in serving them starts, stops or advances jobs; everything else is read-only.
 */
public final class RegionInventory {

    private final String region;
    private final Map<String, ObjectNode> vaults;
    private final Map<String, ObjectNode> accessPolicies;
    private final Map<String, ObjectNode> notifications;
    private final Map<String, ObjectNode> plans;
    private final Map<String, Map<String, ObjectNode>> selections;
    private final Map<RowKind, RowTable> jobs;
    private final RecoveryPoints recoveryPoints;
    private final List<ObjectNode> protectedResources;
    private final List<ObjectNode> taggedResources;
    private final Map<String, ObjectNode> restoreMetadata;
    private final Map<String, ObjectNode> restoreTestingPlans;
    private final Map<String, Map<String, ObjectNode>> restoreTestingSelections;
    private final Interner interner;

    RegionInventory(String region, RegionParts parts, Interner interner) {
        this.region = region;
        this.vaults = Collections.unmodifiableMap(parts.vaults());
        this.accessPolicies = Collections.unmodifiableMap(parts.accessPolicies());
        this.notifications = Collections.unmodifiableMap(parts.notifications());
        this.plans = Collections.unmodifiableMap(parts.plans());
        this.selections = Collections.unmodifiableMap(parts.selections());
        this.jobs = Map.of(
                RowKind.BACKUP_JOB, RowTable.of(parts.rows(RowKind.BACKUP_JOB)),
                RowKind.COPY_JOB, RowTable.of(parts.rows(RowKind.COPY_JOB)),
                RowKind.RESTORE_JOB, RowTable.of(parts.rows(RowKind.RESTORE_JOB)),
                RowKind.SCAN_JOB, RowTable.of(parts.rows(RowKind.SCAN_JOB)));
        this.recoveryPoints = new RecoveryPoints(parts.rows(RowKind.RECOVERY_POINT));
        this.protectedResources = List.copyOf(parts.protectedResources());
        this.taggedResources = List.copyOf(parts.taggedResources());
        this.restoreMetadata = Collections.unmodifiableMap(parts.restoreMetadata());
        this.restoreTestingPlans = Collections.unmodifiableMap(parts.restoreTestingPlans());
        this.restoreTestingSelections = Collections.unmodifiableMap(parts.restoreTestingSelections());
        this.interner = interner;
    }

    public String region() {
        return region;
    }

    /** Vault name to its DescribeBackupVault output, in inventory order. */
    public Map<String, ObjectNode> vaults() {
        return vaults;
    }

    public Optional<ObjectNode> accessPolicy(String vault) {
        return Optional.ofNullable(accessPolicies.get(vault));
    }

    public Optional<ObjectNode> notifications(String vault) {
        return Optional.ofNullable(notifications.get(vault));
    }

    /** Plan id to its GetBackupPlan output, in inventory order. */
    public Map<String, ObjectNode> plans() {
        return plans;
    }

    /** Selection id to GetBackupSelection output for one plan (empty when the plan has none). */
    public Map<String, ObjectNode> selections(String planId) {
        return selections.getOrDefault(planId, Map.of());
    }

    public RowTable jobs(RowKind kind) {
        RowTable table = jobs.get(kind);
        if (table == null) {
            throw new IllegalArgumentException(kind + " is not a job kind");
        }
        return table;
    }

    public RecoveryPoints recoveryPoints() {
        return recoveryPoints;
    }

    /** ListProtectedResources items. */
    public List<ObjectNode> protectedResources() {
        return protectedResources;
    }

    /** GetResources ResourceTagMapping items of the Resource Groups Tagging API. */
    public List<ObjectNode> taggedResources() {
        return taggedResources;
    }

    /** GetRecoveryPointRestoreMetadata output recorded for a recovery point ARN, if the inventory has one. */
    public Optional<ObjectNode> restoreMetadata(String recoveryPointArn) {
        return Optional.ofNullable(restoreMetadata.get(recoveryPointArn));
    }

    /** Restore testing plan name to its GetRestoreTestingPlan RestoreTestingPlan member, in inventory order. */
    public Map<String, ObjectNode> restoreTestingPlans() {
        return restoreTestingPlans;
    }

    /** Selection name to GetRestoreTestingSelection RestoreTestingSelection member for one restore testing plan. */
    public Map<String, ObjectNode> restoreTestingSelections(String planName) {
        return restoreTestingSelections.getOrDefault(planName, Map.of());
    }

    /** Indexes a wire-form item for a job table or the recovery points of this region. */
    public Row row(RowKind kind, ObjectNode wire) {
        return Row.of(kind, wire, interner);
    }
}
