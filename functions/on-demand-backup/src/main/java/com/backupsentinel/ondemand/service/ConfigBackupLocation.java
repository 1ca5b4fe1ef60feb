package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;

/**
 * Where a configuration-only backup was written, and what it holds.
 *
 * @param bucket   the report bucket
 * @param key      the object key, {@code config-backups/<timestamp>.json}
 * @param sections the top-level sections present in the document, in document order
 */
public record ConfigBackupLocation(String bucket, String key, List<String> sections) {

    public ConfigBackupLocation {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        sections = List.copyOf(sections);
    }
}
