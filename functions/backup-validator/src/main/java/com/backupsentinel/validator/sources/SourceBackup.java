package com.backupsentinel.validator.sources;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One backup of a source: the objects that share a key timestamp (a platform's full backup folder), or a single
 * object when keys carry no timestamp (then its LastModified is the backup time).
 */
public record SourceBackup(Instant time, List<SourceObject> objects) {

    public SourceBackup {
        Objects.requireNonNull(time, "time");
        objects = List.copyOf(objects);
    }

    public long size() {
        return objects.stream().mapToLong(SourceObject::size).sum();
    }

    /** The key that names this backup in findings: the first object's. */
    public String key() {
        return objects.get(0).key();
    }
}
