package com.backupsentinel.standins.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The typed model of the demo account; {@link DemoFiles} renders it as AWS CLI output, {@link DemoExpected} counts it. */
final class Demo {

    static final String ACCOUNT = "123456789012";
    /** The account's IAM alias (aws iam list-account-aliases). */
    static final String ALIAS = "arrakis-platform";
    static final String PRIMARY = "us-west-2";
    static final String REPLICA = "us-east-1";
    static final Instant EXPORTED_AT = Instant.parse("2026-11-22T06:00:00Z");

    private Demo() {
    }

    /**
     * A resource in the account (protected or not).
     *
     * @param arn          resource ARN
     * @param type         AWS Backup resource type: RDS, EBS, EFS, DynamoDB, S3
     * @param name         ResourceName as AWS Backup reports it
     * @param tags         resource tags
     * @param sizeBytes    the BackupSizeInBytes its backups report
     * @param minutes      typical backup duration in minutes
     */
    record Resource(String arn, String type, String name, Map<String, String> tags, long sizeBytes, int minutes) {

        String environment() {
            return tags.getOrDefault("Environment", "");
        }
    }

    /**
     * A backup vault.
     *
     * @param name        vault name
     * @param region      its region
     * @param keyArn      KMS key
     * @param keyType     CUSTOMER_MANAGED_KMS_KEY or AWS_OWNED_KMS_KEY
     * @param locked      vault lock on
     * @param created     creation time
     * @param policy      access policy JSON, or null for none
     * @param topicArn    notification topic, or null for none
     * @param type        BACKUP_VAULT or LOGICALLY_AIR_GAPPED_BACKUP_VAULT
     * @param compliance  a locked vault in compliance mode (it has a LockDate); false = governance mode
     * @param minDays     lock minimum retention
     * @param maxDays     lock maximum retention
     */
    record Vault(String name, String region, String keyArn, String keyType, boolean locked, Instant created, String policy,
                 String topicArn, String type, boolean compliance, int minDays, int maxDays) {

        String arn() {
            return "arn:aws:backup:" + region + ":" + ACCOUNT + ":backup-vault:" + name;
        }
    }

    /**
     * A plan rule.
     *
     * @param planId          plan id
     * @param planName        plan name
     * @param versionId       plan version
     * @param name            rule name
     * @param id              rule id
     * @param cron            schedule expression
     * @param vault           target vault
     * @param deleteAfterDays retention
     * @param coldAfterDays   cold storage transition, or null
     * @param copyTo          replica vault for the rule's copy action, or null
     */
    record Rule(String planId, String planName, String versionId, String name, String id, String cron, Vault vault,
                int deleteAfterDays, Integer coldAfterDays, Vault copyTo) {

        String planArn() {
            return "arn:aws:backup:" + vault.region() + ":" + ACCOUNT + ":backup-plan:" + planId;
        }

        /** StartWindowMinutes: every rule gives its jobs an hour to start. */
        int startWindowMinutes() {
            return 60;
        }

        /** CompletionWindowMinutes: 8 hours in production, a day in staging. */
        int completionWindowMinutes() {
            return planName.contains("staging") ? 1440 : 480;
        }

        /** The production daily rule has a GuardDuty malware scan action (EBS and S3 recovery points). */
        boolean scanned() {
            return name.equals("daily-backups") && planName.contains("production");
        }
    }

    /**
     * A backup selection.
     *
     * @param id            selection id
     * @param planId        plan id
     * @param name          selection name
     * @param roleArn       IAM role
     * @param resources     Resources patterns
     * @param equals        StringEquals conditions (tag key to value)
     * @param notEquals     StringNotEquals conditions (tag key to value)
     */
    record Selection(String id, String planId, String name, String roleArn, List<String> resources,
                     Map<String, String> equals, Map<String, String> notEquals) {
    }

    /**
     * A recovery point.
     *
     * @param arn             recovery point ARN
     * @param resource        what it backs up
     * @param vault           where it is stored
     * @param rule            the rule that made it, or null for an on-demand backup
     * @param created         creation time
     * @param completed       completion time
     * @param status          COMPLETED, PARTIAL, ...
     * @param statusMessage   message, or null
     * @param encrypted       whether encrypted
     * @param deleteAfterDays retention
     * @param coldAfterDays   cold storage transition, or null
     * @param sourceVault     the source vault of a copy, or null
     */
    record Point(String arn, Resource resource, Vault vault, Rule rule, Instant created, Instant completed, String status,
                 String statusMessage, boolean encrypted, int deleteAfterDays, Integer coldAfterDays, Vault sourceVault) {
    }

    /**
     * A backup job.
     *
     * @param id              job id
     * @param resource        resource
     * @param vault           vault
     * @param rule            rule, or null for on-demand
     * @param created         creation time
     * @param completed       completion time, or null while running
     * @param state           job state
     * @param statusMessage   message, or null
     * @param category        MessageCategory, or null
     * @param point           the recovery point made, or null
     * @param pointArn        the recovery point ARN the job reports
     */
    record BackupJob(String id, Resource resource, Vault vault, Rule rule, Instant created, Instant completed, String state,
                     String statusMessage, String category, Point point, String pointArn) {
    }

    /**
     * A copy job (listed in the source region).
     *
     * @param id            job id
     * @param source        the source recovery point
     * @param destination   the copy, or null when it did not complete
     * @param destinationArn the destination recovery point ARN
     * @param backupJob     the backup job whose point is copied
     * @param created       creation time
     * @param completed     completion time, or null
     * @param state         state
     * @param statusMessage message, or null
     * @param category      MessageCategory, or null
     */
    record CopyJob(String id, Point source, Point destination, String destinationArn, BackupJob backupJob, Instant created,
                   Instant completed, String state, String statusMessage, String category) {
    }

    /**
     * A restore job.
     *
     * @param id               job id
     * @param point            restored recovery point
     * @param created          creation time
     * @param completed        completion time, or null
     * @param status           status
     * @param statusMessage    message, or null
     * @param testingPlanArn   restore testing plan, or null for a manual restore
     * @param createdResource  the new resource's ARN, or null
     * @param sourceListed     whether AWS fills SourceResourceArn (it does only for some resource types and recent jobs)
     * @param validation       ValidationStatus of a restore test, or null
     * @param validationMessage ValidationStatusMessage, or null
     */
    record RestoreJob(String id, Point point, Instant created, Instant completed, String status, String statusMessage,
                      String testingPlanArn, String createdResource, boolean sourceListed, String validation,
                      String validationMessage) {
    }

    /**
     * A malware scan job of a recovery point.
     *
     * @param state    COMPLETED, FAILED, CANCELED
     * @param result   THREATS_FOUND or NO_THREATS_FOUND for a completed scan, else null
     */
    record ScanJob(String id, Point point, Instant created, Instant completed, String state, String result,
                   String statusMessage) {
    }
}
