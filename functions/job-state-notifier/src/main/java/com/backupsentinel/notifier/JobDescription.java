package com.backupsentinel.notifier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What AWS Backup's Describe* operations say about a job or recovery point, in the notifier's words (no SDK
 * types): the facts an event often lacks.
 */
record JobDescription(Optional<String> statusMessage,
                      Optional<String> messageCategory,
                      Optional<String> resourceArn,
                      Optional<String> resourceType,
                      Optional<String> resourceName,
                      Optional<String> backupVaultName,
                      Optional<String> backupVaultArn,
                      Optional<Long> backupSizeInBytes,
                      Optional<Instant> creationDate,
                      Optional<Instant> completionDate,
                      Optional<Instant> expectedCompletionDate,
                      Optional<Integer> percentDone,
                      Optional<String> iamRoleArn,
                      Optional<String> backupPlanId,
                      Optional<String> backupPlanName) {

    JobDescription {
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(messageCategory, "messageCategory");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(backupVaultArn, "backupVaultArn");
        Objects.requireNonNull(backupSizeInBytes, "backupSizeInBytes");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(expectedCompletionDate, "expectedCompletionDate");
        Objects.requireNonNull(percentDone, "percentDone");
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupPlanName, "backupPlanName");
    }

    /** A description that knows nothing; a starting point for tests and in-memory look-ups. */
    static JobDescription empty() {
        return new JobDescription(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
