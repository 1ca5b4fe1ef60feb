package com.backupsentinel.standins.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A region's recovery points, indexed by vault, by protected resource and by ARN. */
public final class RecoveryPoints {

    private final Map<String, RowTable> byVault = new ConcurrentHashMap<>();
    private final Map<String, RowTable> byResource = new ConcurrentHashMap<>();
    private final Map<String, Row> byArn = new ConcurrentHashMap<>();

    RecoveryPoints(Collection<Row> rows) {
        Map<String, List<Row>> vaults = new LinkedHashMap<>();
        Map<String, List<Row>> resources = new LinkedHashMap<>();
        for (Row row : rows) {
            vaults.computeIfAbsent(vaultOf(row), v -> new ArrayList<>()).add(row);
            if (row.get(RowField.RESOURCE_ARN) != null) {
                resources.computeIfAbsent(row.get(RowField.RESOURCE_ARN), r -> new ArrayList<>()).add(row);
            }
            byArn.put(row.id(), row);
        }
        vaults.forEach((vault, list) -> byVault.put(vault, RowTable.of(list)));
        resources.forEach((resource, list) -> byResource.put(resource, RowTable.of(list)));
    }

    private static String vaultOf(Row row) {
        String vault = row.get(RowField.VAULT);
        if (vault == null) {
            throw new IllegalArgumentException("Recovery point " + row.id() + " has no BackupVaultName");
        }
        return vault;
    }

    /** The recovery points stored in {@code vault} (empty when it has none). */
    public RowTable inVault(String vault) {
        return byVault.getOrDefault(vault, RowTable.empty());
    }

    /** The recovery points of {@code resourceArn} across every vault of the region. */
    public RowTable ofResource(String resourceArn) {
        return byResource.getOrDefault(resourceArn, RowTable.empty());
    }

    public Optional<Row> find(String recoveryPointArn) {
        return Optional.ofNullable(byArn.get(recoveryPointArn));
    }

    public int size() {
        return byArn.size();
    }

    /** Adds or replaces a recovery point. */
    public synchronized void put(Row row) {
        byVault.computeIfAbsent(vaultOf(row), v -> RowTable.empty()).put(row);
        if (row.get(RowField.RESOURCE_ARN) != null) {
            byResource.computeIfAbsent(row.get(RowField.RESOURCE_ARN), r -> RowTable.empty()).put(row);
        }
        byArn.put(row.id(), row);
    }
}
