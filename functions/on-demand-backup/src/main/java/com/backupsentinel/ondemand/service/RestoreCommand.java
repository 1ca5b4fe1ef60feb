package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Start a restore, from every recovery point of a backup request or from one recovery point. Exactly one of
 * {@code backupTimestamp} and {@code recoveryPointArn} is present; the caller has confirmed.
 *
 * @param skip      resource types (canonical spelling) and ARNs (resource or recovery point) to leave out
 * @param tokenSeed what AWS Backup's idempotency tokens are derived from (stable across repeats)
 */
public record RestoreCommand(Optional<String> backupTimestamp, Optional<String> recoveryPointArn, List<String> skip,
                             String tokenSeed, Caller caller) {

    public RestoreCommand {
        Objects.requireNonNull(backupTimestamp, "backupTimestamp");
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        if (backupTimestamp.isPresent() == recoveryPointArn.isPresent()) {
            throw new IllegalArgumentException("exactly one of backupTimestamp and recoveryPointArn is required");
        }
        skip = List.copyOf(skip);
        Objects.requireNonNull(tokenSeed, "tokenSeed");
        Objects.requireNonNull(caller, "caller");
    }
}
