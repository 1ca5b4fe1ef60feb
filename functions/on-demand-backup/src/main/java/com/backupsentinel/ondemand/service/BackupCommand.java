package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;

/**
 * Start a backup.
 *
 * @param resources  the ARNs to back up; empty means every resource the configured plan selects by ARN
 * @param onlyConfig back up the backup configuration instead of data
 * @param tokenSeed  what AWS Backup's idempotency tokens are derived from (stable across repeats)
 * @param caller     who asked
 */
public record BackupCommand(List<String> resources, boolean onlyConfig, String tokenSeed, Caller caller) {

    public BackupCommand {
        resources = List.copyOf(resources);
        Objects.requireNonNull(tokenSeed, "tokenSeed");
        Objects.requireNonNull(caller, "caller");
    }
}
