package com.backupsentinel.validator.inventory;

import com.backupsentinel.validator.sources.BackupObjectStore;

/** Opens the inventory, the resource catalog and the backup buckets of a region, and the account's names. */
public interface RegionalInventory {

    /** The account's names (IAM is global: one for every region). */
    AccountNames accountNames();

    BackupInventory backup(String region);

    ResourceCatalog catalog(String region);

    /** The S3 buckets backup jobs write to, read through {@code region}'s endpoint. */
    BackupObjectStore objectStore(String region);
}
