package com.backupsentinel.ondemand.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An {@link ObjectStore} in memory, for service tests. */
public final class InMemoryObjectStore implements ObjectStore {

    private final String bucket;
    private final Map<String, byte[]> objects = new LinkedHashMap<>();
    private final Map<String, String> contentTypes = new LinkedHashMap<>();

    public InMemoryObjectStore(String bucket) {
        this.bucket = bucket;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public synchronized Optional<byte[]> read(String key) {
        return Optional.ofNullable(objects.get(key)).map(byte[]::clone);
    }

    @Override
    public synchronized void write(String key, byte[] content, String contentType) {
        objects.put(key, content.clone());
        contentTypes.put(key, contentType);
    }

    public synchronized String contentType(String key) {
        return contentTypes.get(key);
    }
}
