package com.backupsentinel.validator.sources;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A backup written as S3 objects by a job outside AWS Backup (a dump CronJob, a platform's full backup), one entry
 * of {@code BACKUP_SOURCES}.
 *
 * @param name             a label for reports, unique among the sources
 * @param bucket           the bucket the job writes to
 * @param prefix           the key prefix the job writes under; the pattern starts with it
 * @param pattern          the whole key layout, with {@code {date}} (yyyy-MM-dd) and/or
 *                         {@code {timestamp}}, and {@code *} for any characters; the listing prefix is the text
 *                         before the first placeholder plus the day
 * @param rpoHours         the newest backup must be at most this old
 * @param retentionDays    when present, a lifecycle rule on the source's prefix must expire objects after this many days
 * @param kmsKeyArn        when present, objects must be SSE-KMS with this key (else any SSE-KMS key)
 * @param glacierAfterDays when present, the lifecycle rule must also move objects to GLACIER after this many days
 */
public record BackupSource(String name, String bucket, String prefix, KeyPattern pattern, int rpoHours, OptionalInt retentionDays,
                           Optional<String> kmsKeyArn, OptionalInt glacierAfterDays) {

    public BackupSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(retentionDays, "retentionDays");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        Objects.requireNonNull(glacierAfterDays, "glacierAfterDays");
    }

    /** {@code arn:aws:s3:::bucket/prefix}: the resource findings name. */
    public String arn() {
        return "arn:aws:s3:::" + bucket + "/" + prefix;
    }
}
