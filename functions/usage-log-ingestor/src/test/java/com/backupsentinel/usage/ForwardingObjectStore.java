package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;

/** A bucket that forwards every call to another: tests override the one call they change. */
abstract class ForwardingObjectStore implements ObjectStore {

    private final ObjectStore delegate;

    ForwardingObjectStore(ObjectStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public FetchedObject fetch(String key, long maxBytes) {
        return delegate.fetch(key, maxBytes);
    }

    @Override
    public ObjectDigest md5(String key) {
        return delegate.md5(key);
    }

    @Override
    public void copy(String sourceKey, String targetKey) {
        delegate.copy(sourceKey, targetKey);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        delegate.put(key, content, contentType);
    }

    @Override
    public ObjectPage list(String prefix, Optional<String> startAfter, int maxKeys) {
        return delegate.list(prefix, startAfter, maxKeys);
    }

    @Override
    public String bucket() {
        return delegate.bucket();
    }
}
