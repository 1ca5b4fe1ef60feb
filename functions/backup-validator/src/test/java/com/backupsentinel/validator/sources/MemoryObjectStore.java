package com.backupsentinel.validator.sources;

import com.backupsentinel.validator.inventory.InventoryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Buckets in memory for control tests; records every prefix listed. */
public final class MemoryObjectStore implements BackupObjectStore {

    public final Map<String, TreeMap<String, SourceObject>> buckets = new HashMap<>();
    public final Map<String, ObjectEncryption> encryption = new HashMap<>();
    public final Map<String, BucketProtection> protection = new HashMap<>();
    public final Map<String, String> failures = new HashMap<>();
    public final List<String> listed = new ArrayList<>();
    private long requests;

    public static BucketProtection protectedBucket(LifecycleRule... rules) {
        return new BucketProtection(Probe.of(true), Probe.of(true), Probe.of(List.of(rules)), Probe.of(true));
    }

    public MemoryObjectStore put(String bucket, SourceObject object, ObjectEncryption how) {
        buckets.computeIfAbsent(bucket, b -> new TreeMap<>()).put(object.key(), object);
        encryption.put(bucket + "/" + object.key(), how);
        return this;
    }

    @Override
    public List<SourceObject> list(String bucket, String prefix) {
        requests++;
        listed.add(bucket + "/" + prefix);
        if (failures.containsKey(bucket)) {
            throw new InventoryException(failures.get(bucket), null);
        }
        return buckets.getOrDefault(bucket, new TreeMap<>()).values().stream()
                .filter(o -> o.key().startsWith(prefix)).toList();
    }

    @Override
    public ObjectEncryption encryption(String bucket, String key) {
        requests++;
        return encryption.getOrDefault(bucket + "/" + key, new ObjectEncryption("", Optional.empty()));
    }

    @Override
    public BucketProtection protection(String bucket) {
        requests += 4;
        return protection.getOrDefault(bucket, protectedBucket());
    }

    @Override
    public long requests() {
        return requests;
    }
}
