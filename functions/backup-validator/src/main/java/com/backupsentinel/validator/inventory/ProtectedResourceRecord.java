package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A resource AWS Backup has backed up at least once (ListProtectedResources). */
public record ProtectedResourceRecord(String arn, String resourceType, String name, Optional<Instant> lastBackupTime) {

    public ProtectedResourceRecord {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastBackupTime, "lastBackupTime");
    }
}
