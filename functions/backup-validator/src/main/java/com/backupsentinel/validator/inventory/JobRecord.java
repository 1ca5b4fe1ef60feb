package com.backupsentinel.validator.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One backup, copy or restore job as AWS Backup lists it, reduced to what the controls read. Text fields are
 * empty strings when AWS leaves them out.
 *
 * @param resourceArn     the protected resource; for a restore job AWS's SourceResourceArn, else the resource of
 *                        the restored recovery point once it is known (empty until then: never the restored copy)
 * @param vaultName       backup: the vault written to; copy: the source vault; restore: the vault read from
 * @param messageCategory AWS's MessageCategory (SUCCESS, AccessDenied, ...); empty when AWS gives none
 * @param destination     copy: the destination vault ARN; otherwise empty
 * @param testingPlan     restore: the restore testing plan ARN that started it; otherwise empty
 * @param details         plan and rule ids, recovery point, restored copy and validation status
 */
public record JobRecord(JobKind kind, String jobId, String accountId, String resourceArn, String resourceType,
                        String vaultName, String state, String statusMessage, String messageCategory,
                        Instant creationDate,
                        Optional<Instant> completionDate, String destination, String testingPlan,
                        JobDetails details) {

    public JobRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(vaultName, "vaultName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(messageCategory, "messageCategory");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(testingPlan, "testingPlan");
        Objects.requireNonNull(details, "details");
    }

    /** A job without plan, rule, recovery point or validation details. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public JobRecord(JobKind kind, String jobId, String accountId, String resourceArn, String resourceType,
                     String vaultName, String state, String statusMessage, String messageCategory,
                     Instant creationDate, Optional<Instant> completionDate, String destination, String testingPlan) {
        this(kind, jobId, accountId, resourceArn, resourceType, vaultName, state, statusMessage, messageCategory,
                creationDate, completionDate, destination, testingPlan, JobDetails.NONE);
    }

    /** This job attributed to {@code resource}, found {@code how} (a restore job whose source AWS did not name). */
    public JobRecord attributedTo(String resource, String type, String how) {
        return new JobRecord(kind, jobId, accountId, resource, resourceType.isBlank() ? type : resourceType, vaultName,
                state, statusMessage, messageCategory, creationDate, completionDate, destination, testingPlan,
                details.withAttribution(how));
    }

    /** A state AWS Backup documents for this kind of job; anything else is a value AWS added since. */
    public boolean isKnownState() {
        return kind.isKnown(state);
    }

    public boolean isActive() {
        return kind.isActive(state);
    }

    public boolean isCompleted() {
        return "COMPLETED".equals(state);
    }

    /**
     * AWS Backup's "Completed with issues": COMPLETED with a MessageCategory other than SUCCESS, or, where AWS
     * gives no category, COMPLETED with a status message.
     */
    public boolean isCompletedWithIssues() {
        if (!isCompleted()) {
            return false;
        }
        return messageCategory.isBlank() ? !statusMessage.isBlank() : !"SUCCESS".equals(messageCategory);
    }

    /** Finished, successful or not. */
    public boolean isFinished() {
        return !isActive();
    }

    /** From creation to completion, or to {@code now} while the job is still under way. */
    public Duration runTime(Instant now) {
        Instant end = completionDate.orElse(now);
        return end.isBefore(creationDate) ? Duration.ZERO : Duration.between(creationDate, end);
    }

    /** True when the job was created in [start, end), as AWS's ByCreatedAfter/ByCreatedBefore filters count. */
    public boolean createdIn(Instant start, Instant end) {
        return !creationDate.isBefore(start) && creationDate.isBefore(end);
    }
}
