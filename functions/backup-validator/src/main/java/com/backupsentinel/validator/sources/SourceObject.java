package com.backupsentinel.validator.sources;

import java.time.Instant;
import java.util.Objects;

/** One listed object: key, size in bytes, and when S3 last wrote it. */
public record SourceObject(String key, long size, Instant lastModified) {

    public SourceObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
