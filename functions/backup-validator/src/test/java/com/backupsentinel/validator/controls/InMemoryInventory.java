package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.AccountNames;
import com.backupsentinel.validator.inventory.BackupInventory;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RegionalInventory;
import com.backupsentinel.validator.inventory.ResourceCatalog;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import com.backupsentinel.validator.inventory.ScanJobRecord;
import com.backupsentinel.validator.inventory.TaggedResource;
import com.backupsentinel.validator.inventory.VaultRecord;
import com.backupsentinel.validator.sources.BackupObjectStore;
import com.backupsentinel.validator.sources.MemoryObjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A region's inventory held in lists, for tests of the evaluation engine: counts how often each feed is opened and
 * can be told to fail one.
 */
public final class InMemoryInventory implements BackupInventory, ResourceCatalog, RegionalInventory {

    public final List<VaultRecord> vaults = new ArrayList<>();
    public final List<PlanRecord> plans = new ArrayList<>();
    public final List<ProtectedResourceRecord> protectedResources = new ArrayList<>();
    public final List<TaggedResource> tagged = new ArrayList<>();
    public final List<RecoveryPointRecord> points = new ArrayList<>();
    public final List<JobRecord> jobs = new ArrayList<>();
    public final List<JobQuery> jobQueries = new ArrayList<>();
    public final List<ScanJobRecord> scanJobs = new ArrayList<>();
    public final List<RestoreTestingPlanRecord> restoreTestingPlans = new ArrayList<>();
    /** Points only DescribeRecoveryPoint finds (no longer listed in their vault). */
    public final List<RecoveryPointRecord> describable = new ArrayList<>();
    public final MemoryObjectStore objects = new MemoryObjectStore();
    /** The account's alias; {@link #failing} "accountAlias" makes reading it fail. */
    public String alias = "";
    private final Map<String, Integer> opened = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /** Makes opening {@code feed} ("vaults", "plans", "jobs:BACKUP", ...) fail as AWS would. */
    public InMemoryInventory failing(String feed, String message) {
        failures.put(feed, message);
        return this;
    }

    public int opened(String feed) {
        return opened.getOrDefault(feed, 0);
    }

    private <T> Stream<T> open(String feed, Supplier<Stream<T>> items) {
        opened.merge(feed, 1, Integer::sum);
        String failure = failures.get(feed);
        if (failure != null) {
            return Stream.<T>of((T) null).map(item -> {
                throw new InventoryException(failure, null);
            });
        }
        return items.get();
    }

    @Override
    public Stream<VaultRecord> vaults() {
        return open("vaults", vaults::stream);
    }

    @Override
    public Stream<PlanRecord> plans() {
        return open("plans", plans::stream);
    }

    @Override
    public Stream<ProtectedResourceRecord> protectedResources() {
        return open("protectedResources", protectedResources::stream);
    }

    @Override
    public Stream<RecoveryPointRecord> recoveryPoints(String vaultName) {
        return open("recoveryPoints", () -> points.stream().filter(p -> p.vaultName().equals(vaultName)));
    }

    @Override
    public Stream<JobRecord> jobs(JobKind kind, JobQuery query) {
        jobQueries.add(query);
        return open("jobs:" + kind, () -> jobs.stream().filter(j -> j.kind() == kind)
                .filter(j -> query.createdAfter().map(after -> !j.creationDate().isBefore(after)).orElse(true)));
    }

    @Override
    public Stream<ScanJobRecord> scanJobs(Instant completedAfter) {
        return open("scanJobs", () -> scanJobs.stream().filter(j -> j.completionDate().map(completedAfter::isBefore)
                .orElse(false)));
    }

    @Override
    public Stream<RestoreTestingPlanRecord> restoreTestingPlans() {
        return open("restoreTestingPlans", restoreTestingPlans::stream);
    }

    @Override
    public Optional<RecoveryPointRecord> recoveryPoint(String vaultName, String recoveryPointArn) {
        opened.merge("describeRecoveryPoint", 1, Integer::sum);
        return Stream.concat(points.stream(), describable.stream())
                .filter(p -> p.vaultName().equals(vaultName) && p.arn().equals(recoveryPointArn)).findFirst();
    }

    @Override
    public Stream<TaggedResource> resources(List<String> resourceTypeFilters) {
        return open("tagged", tagged::stream);
    }

    @Override
    public AccountNames accountNames() {
        return () -> open("accountAlias", () -> Stream.of(alias)).findFirst().filter(a -> !a.isEmpty());
    }

    @Override
    public BackupInventory backup(String region) {
        return this;
    }

    @Override
    public ResourceCatalog catalog(String region) {
        return this;
    }

    @Override
    public BackupObjectStore objectStore(String region) {
        return objects;
    }
}
