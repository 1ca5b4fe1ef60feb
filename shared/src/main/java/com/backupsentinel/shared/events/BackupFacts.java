package com.backupsentinel.shared.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What backup, copy and restore jobs and recovery points report alike. Everything except the state may be
 * missing from an event: AWS Backup sends a bare {@code CREATED} event with only an id and a date.
 *
 * @param state       upper-case {@code detail.state} or {@code detail.status} (both spellings occur)
 * @param backupVaultName the vault's name; for copy jobs the source vault's
 */
public record BackupFacts(String state,
                          Optional<String> statusMessage,
                          Optional<String> messageCategory,
                          Optional<String> resourceArn,
                          Optional<String> resourceType,
                          Optional<String> resourceName,
                          Optional<String> backupVaultName,
                          Optional<String> backupVaultArn,
                          Optional<Long> backupSizeInBytes,
                          Optional<Long> bytesTransferred,
                          Optional<Instant> creationDate,
                          Optional<Instant> completionDate,
                          Optional<Instant> startBy,
                          Optional<Instant> expectedCompletionDate,
                          Optional<Integer> percentDone,
                          Optional<String> iamRoleArn,
                          Optional<PlanReference> createdBy) {

    public BackupFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(messageCategory, "messageCategory");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(backupVaultArn, "backupVaultArn");
        Objects.requireNonNull(backupSizeInBytes, "backupSizeInBytes");
        Objects.requireNonNull(bytesTransferred, "bytesTransferred");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(startBy, "startBy");
        Objects.requireNonNull(expectedCompletionDate, "expectedCompletionDate");
        Objects.requireNonNull(percentDone, "percentDone");
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
