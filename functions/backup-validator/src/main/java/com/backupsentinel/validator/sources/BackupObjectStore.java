package com.backupsentinel.validator.sources;

import com.backupsentinel.validator.inventory.InventoryException;
import java.util.List;

/** Read-only access to the buckets backup jobs write to. Failures are {@link InventoryException}s with the reason. */
public interface BackupObjectStore {

    /** Every object whose key starts with {@code prefix}, all pages. */
    List<SourceObject> list(String bucket, String prefix);

    /** The object's server-side encryption as S3 states it. */
    ObjectEncryption encryption(String bucket, String key);

    /** The bucket's protection settings; settings that cannot be read are reported as not verifiable. */
    BucketProtection protection(String bucket);

    /** How many S3 requests this store has made so far. */
    long requests();
}
