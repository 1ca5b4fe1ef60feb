package com.backupsentinel.validator.aws;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.BackupClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.validator.inventory.AccountNames;
import com.backupsentinel.validator.inventory.BackupInventory;
import com.backupsentinel.validator.inventory.RegionalInventory;
import com.backupsentinel.validator.inventory.ResourceCatalog;
import com.backupsentinel.validator.sources.BackupObjectStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/**
 * One AWS Backup, one Tagging API and one S3 client per region, and one IAM client, built on first use through the
 * shared client factory (same credentials and endpoint variables, the region swapped) and reused for the life of the
 * process. Every client reads the same {@link InvocationBudget}, so one run's calls share one deadline.
 */
public final class SdkRegionalInventory implements RegionalInventory {

    /** The endpoint variable suffix for the Tagging API: AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API. */
    public static final String TAGGING_SERVICE_ID = "RESOURCE_GROUPS_TAGGING_API";

    private final Environment environment;
    private final InvocationBudget budget;
    private final Map<String, BackupInventory> backups = new ConcurrentHashMap<>();
    private final Map<String, ResourceCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, BackupObjectStore> objectStores = new ConcurrentHashMap<>();
    private final Map<String, AwsClientFactory> factories = new ConcurrentHashMap<>();
    private volatile AccountNames accountNames;

    public SdkRegionalInventory(Environment environment, InvocationBudget budget) {
        this.environment = environment;
        this.budget = budget;
    }

    @Override
    public AccountNames accountNames() {
        if (accountNames == null) {
            synchronized (this) {
                if (accountNames == null) {
                    accountNames = new IamAccountNames(AwsClientFactory.fromEnvironment(environment, budget)
                            .build(IamClient.builder(), "IAM"));
                }
            }
        }
        return accountNames;
    }

    @Override
    public BackupInventory backup(String region) {
        return backups.computeIfAbsent(region, r -> new SdkBackupInventory(
                BackupClients.build(factory(r))));
    }

    @Override
    public ResourceCatalog catalog(String region) {
        return catalogs.computeIfAbsent(region, r -> new SdkResourceCatalog(
                factory(r).build(ResourceGroupsTaggingApiClient.builder(), TAGGING_SERVICE_ID)));
    }

    @Override
    public BackupObjectStore objectStore(String region) {
        return objectStores.computeIfAbsent(region, r -> S3BackupObjectStore.create(factory(r)));
    }

    private AwsClientFactory factory(String region) {
        return factories.computeIfAbsent(region, r -> AwsClientFactory.fromEnvironment(
                name -> AwsClientFactory.REGION.equals(name) ? Optional.of(r) : environment.get(name), budget));
    }
}
