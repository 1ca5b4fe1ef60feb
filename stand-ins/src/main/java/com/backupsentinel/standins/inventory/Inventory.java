package com.backupsentinel.standins.inventory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An AWS account's AWS Backup estate (and its tagged resources) per region, and its IAM account alias, as the Backup,
 * Resource Groups Tagging API and IAM stand-ins serve them. Load one from a folder of {@code aws ... --output json} exports
 * ({@link #load}), or build one in code ({@link #builder}) for generated inventories such as benchmarks.
 */
public final class Inventory {

    /** The account of {@link #empty()}. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    /** The primary region of {@link #empty()}. */
    public static final String DEFAULT_REGION = "us-east-1";

    private final String accountId;
    private final String primaryRegion;
    private final List<String> accountAliases;
    private final Map<String, RegionInventory> regions;
    private final Map<String, RegionInventory> emptyRegions = new ConcurrentHashMap<>();

    Inventory(String accountId, String primaryRegion, List<String> accountAliases, Map<String, RegionInventory> regions) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.primaryRegion = Objects.requireNonNull(primaryRegion, "primaryRegion");
        this.accountAliases = List.copyOf(accountAliases);
        this.regions = Map.copyOf(regions);
    }

    /** An account with nothing in it: no vaults, plans, jobs or tagged resources. */
    public static Inventory empty() {
        return builder(DEFAULT_ACCOUNT_ID, DEFAULT_REGION).build();
    }

    /**
     * Loads a folder in the format described in {@code demo-account/README.md}; when its manifest says
     * {@code shiftTimesToNow}, every timestamp moves by {@code clock.instant() - exportedAt}.
     */
    public static Inventory load(Path folder, Clock clock) {
        return InventoryLoader.load(folder, clock);
    }

    public static InventoryBuilder builder(String accountId, String primaryRegion) {
        return new InventoryBuilder(accountId, primaryRegion);
    }

    public String accountId() {
        return accountId;
    }

    public String primaryRegion() {
        return primaryRegion;
    }

    /** The account's IAM aliases (ListAccountAliases; AWS allows at most one), empty when it has none. */
    public List<String> accountAliases() {
        return accountAliases;
    }

    /** The regions that hold data. */
    public Set<String> regions() {
        return Collections.unmodifiableSet(regions.keySet());
    }

    /** One region's data; a region the inventory does not hold is an empty one. */
    public RegionInventory region(String region) {
        RegionInventory data = regions.get(region);
        if (data != null) {
            return data;
        }
        return emptyRegions.computeIfAbsent(region, r -> new RegionInventory(r, new RegionParts(), new Interner()));
    }
}
