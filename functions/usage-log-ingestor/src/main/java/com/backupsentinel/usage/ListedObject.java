package com.backupsentinel.usage;

import java.time.Instant;
import java.util.Objects;

/** One entry of a listing. The ETag is unquoted. */
record ListedObject(String key, long size, String etag, Instant lastModified) {

    ListedObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
