package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects an inventory item by item, each in the shape the AWS CLI prints it (timestamps as ISO-8601 text or
 * epoch seconds). Items are converted to wire form and indexed as they arrive, so a generator can stream 100,000
 * jobs through without keeping its own copies.
 */
public final class InventoryBuilder {

    private final String accountId;
    private final String primaryRegion;
    private final Map<String, RegionParts> regions = new LinkedHashMap<>();
    private final List<String> accountAliases = new ArrayList<>();
    private final Interner interner = new Interner();
    private Duration shift = Duration.ZERO;

    InventoryBuilder(String accountId, String primaryRegion) {
        this.accountId = requireText(accountId, "accountId");
        this.primaryRegion = requireText(primaryRegion, "primaryRegion");
    }

    /** Moves every timestamp of the items added after this call by {@code amount}. */
    public InventoryBuilder shiftTimes(Duration amount) {
        this.shift = Objects.requireNonNull(amount, "amount");
        return this;
    }

    /** A DescribeBackupVault output or ListBackupVaults item; a later one for the same vault name adds to it. */
    public InventoryBuilder backupVault(String region, JsonNode vault) {
        ObjectNode wire = wire(vault);
        String name = required(wire, "BackupVaultName", "backup vault");
        ObjectNode existing = parts(region).vaults().get(name);
        if (existing == null) {
            parts(region).vaults().put(name, wire);
        } else {
            existing.setAll(wire);
        }
        return this;
    }

    /** A GetBackupVaultAccessPolicy output. */
    public InventoryBuilder vaultAccessPolicy(String region, JsonNode policy) {
        ObjectNode wire = wire(policy);
        parts(region).accessPolicies().put(required(wire, "BackupVaultName", "vault access policy"), wire);
        return this;
    }

    /** A GetBackupVaultNotifications output. */
    public InventoryBuilder vaultNotifications(String region, JsonNode notifications) {
        ObjectNode wire = wire(notifications);
        parts(region).notifications().put(required(wire, "BackupVaultName", "vault notifications"), wire);
        return this;
    }

    /** A GetBackupPlan output. */
    public InventoryBuilder backupPlan(String region, JsonNode plan) {
        ObjectNode wire = wire(plan);
        parts(region).plans().put(required(wire, "BackupPlanId", "backup plan"), wire);
        return this;
    }

    /** A GetBackupSelection output. */
    public InventoryBuilder backupSelection(String region, JsonNode selection) {
        ObjectNode wire = wire(selection);
        String planId = required(wire, "BackupPlanId", "backup selection");
        String selectionId = required(wire, "SelectionId", "backup selection");
        parts(region).selections().computeIfAbsent(planId, p -> new LinkedHashMap<>()).put(selectionId, wire);
        return this;
    }

    /** A ListBackupJobs item. */
    public InventoryBuilder backupJob(String region, JsonNode job) {
        return row(region, RowKind.BACKUP_JOB, job);
    }

    /** An IAM account alias (ListAccountAliases); AWS allows one per account. */
    public InventoryBuilder accountAlias(String alias) {
        accountAliases.add(requireText(alias, "alias"));
        return this;
    }

    /** A ListCopyJobs item (listed in the copy's source region). */
    public InventoryBuilder copyJob(String region, JsonNode job) {
        return row(region, RowKind.COPY_JOB, job);
    }

    /** A ListRestoreJobs item. */
    public InventoryBuilder restoreJob(String region, JsonNode job) {
        return row(region, RowKind.RESTORE_JOB, job);
    }

    /** A ListScanJobs item. */
    public InventoryBuilder scanJob(String region, JsonNode job) {
        return row(region, RowKind.SCAN_JOB, job);
    }

    /** A ListRestoreTestingPlans item or GetRestoreTestingPlan's RestoreTestingPlan; a later one adds to it. */
    public InventoryBuilder restoreTestingPlan(String region, JsonNode plan) {
        ObjectNode wire = wire(plan);
        String name = required(wire, "RestoreTestingPlanName", "restore testing plan");
        ObjectNode existing = parts(region).restoreTestingPlans().get(name);
        if (existing == null) {
            parts(region).restoreTestingPlans().put(name, wire);
        } else {
            existing.setAll(wire);
        }
        return this;
    }

    /** A ListRestoreTestingSelections item or GetRestoreTestingSelection's RestoreTestingSelection. */
    public InventoryBuilder restoreTestingSelection(String region, JsonNode selection) {
        ObjectNode wire = wire(selection);
        String plan = required(wire, "RestoreTestingPlanName", "restore testing selection");
        String name = required(wire, "RestoreTestingSelectionName", "restore testing selection");
        parts(region).restoreTestingSelections().computeIfAbsent(plan, p -> new LinkedHashMap<>()).put(name, wire);
        return this;
    }

    /** A ListRecoveryPointsByBackupVault item (it names its BackupVaultName). */
    public InventoryBuilder recoveryPoint(String region, JsonNode recoveryPoint) {
        return row(region, RowKind.RECOVERY_POINT, recoveryPoint);
    }

    /** A ListProtectedResources item. */
    public InventoryBuilder protectedResource(String region, JsonNode resource) {
        ObjectNode wire = wire(resource);
        required(wire, "ResourceArn", "protected resource");
        parts(region).protectedResources().add(wire);
        return this;
    }

    /** A Resource Groups Tagging API GetResources ResourceTagMapping item ({@code ResourceARN}, {@code Tags}). */
    public InventoryBuilder taggedResource(String region, JsonNode mapping) {
        ObjectNode wire = wire(mapping);
        required(wire, "ResourceARN", "tagged resource");
        parts(region).taggedResources().add(wire);
        return this;
    }

    /** A GetRecoveryPointRestoreMetadata output. */
    public InventoryBuilder restoreMetadata(String region, JsonNode metadata) {
        ObjectNode wire = wire(metadata);
        parts(region).restoreMetadata().put(required(wire, "RecoveryPointArn", "restore metadata"), wire);
        return this;
    }

    public Inventory build() {
        Map<String, RegionInventory> built = new LinkedHashMap<>();
        regions.forEach((region, parts) -> built.put(region, new RegionInventory(region, parts, interner)));
        return new Inventory(accountId, primaryRegion, accountAliases, built);
    }

    private InventoryBuilder row(String region, RowKind kind, JsonNode item) {
        parts(region).rows(kind).add(Row.of(kind, wire(item), interner));
        return this;
    }

    private ObjectNode wire(JsonNode item) {
        return WireJson.toWire(Objects.requireNonNull(item, "item"), shift);
    }

    private RegionParts parts(String region) {
        return regions.computeIfAbsent(requireText(region, "region"), r -> new RegionParts());
    }

    private static String required(ObjectNode wire, String member, String what) {
        JsonNode value = wire.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            String text = wire.toString();
            throw new IllegalArgumentException("A " + what + " needs " + member + ": "
                    + (text.length() > 120 ? text.substring(0, 120) + "..." : text));
        }
        return value.asText();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
