package com.backupsentinel.validator.sources;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ResourceLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Freshness, size and encryption rules of one source; each finding names the source, the key and both values. */
final class SourceRules {

    static final String TYPE = "S3 backup source";
    /** A backup time at most this far ahead of the clock is taken as written now, not as clock skew. */
    static final Duration SKEW_TOLERANCE = Duration.ofMinutes(5);
    static final int MEDIAN_SAMPLES = 14;
    static final int MIN_MEDIAN_SAMPLES = 3;

    private SourceRules() {
    }

    /** The newest backup not in the future, after reporting any that is (clock skew); empty when there is none. */
    static Optional<SourceBackup> freshness(ResourceLedger ledger, BackupSource source, List<SourceBackup> backups,
                                            Instant now, int daysListed) {
        SourceBackup newest = null;
        for (SourceBackup backup : backups) {
            if (backup.time().isAfter(now.plus(SKEW_TOLERANCE))) {
                finding(ledger, source, "s3_source_clock_skew", backup.key() + " is dated " + backup.time() + ", "
                        + hours(Duration.between(now, backup.time())) + " h after now (" + now + ")",
                        "not after now + " + SKEW_TOLERANCE.toMinutes() + " min", Severity.WARNING);
            } else {
                newest = backup;
            }
        }
        if (newest == null) {
            finding(ledger, source, "s3_source_freshness", "no object matching " + source.pattern() + " in the "
                    + daysListed + " days listed", "a backup at most " + source.rpoHours() + " h old", Severity.ERROR);
            return Optional.empty();
        }
        Duration age = Duration.between(newest.time(), now);
        if (age.compareTo(Duration.ofHours(source.rpoHours())) > 0) {
            finding(ledger, source, "s3_source_freshness", "newest backup " + newest.key() + " is " + hours(age)
                    + " h old (" + newest.time() + ")", "at most " + source.rpoHours() + " h", Severity.ERROR);
        }
        return Optional.of(newest);
    }

    /** Zero-byte objects (ERROR) and {@code newest} (may be null) against the median of the previous ones (WARNING). */
    static void sizes(ResourceLedger ledger, BackupSource source, List<SourceBackup> backups,
                      SourceBackup newest) {
        for (SourceBackup backup : backups) {
            for (SourceObject object : backup.objects()) {
                if (object.size() == 0) {
                    finding(ledger, source, "s3_source_zero_byte", object.key() + " is 0 bytes", "more than 0 bytes",
                            Severity.ERROR);
                }
            }
        }
        if (newest == null) {
            return;
        }
        int at = backups.indexOf(newest);
        List<SourceBackup> previous = backups.subList(Math.max(0, at - MEDIAN_SAMPLES), at);
        if (newest.size() == 0 || previous.size() < MIN_MEDIAN_SAMPLES) {
            return;
        }
        long median = median(previous.stream().mapToLong(SourceBackup::size).sorted().toArray());
        if (newest.size() * 2 < median || newest.size() > 3 * median) {
            finding(ledger, source, "s3_source_size_anomaly", "newest backup " + newest.key() + " is "
                    + bytes(newest.size()) + ", median of the previous " + previous.size() + " is " + bytes(median),
                    "between half and 3x the median (" + bytes(median / 2) + " .. " + bytes(3 * median) + ")",
                    Severity.WARNING);
        }
    }

    /** Objects not SSE-KMS, or encrypted with another key than {@code kmsKeyArn}. */
    static long encryption(ResourceLedger ledger, BackupSource source, Map<String, ObjectEncryption> objects) {
        long wrong = 0;
        String expected = source.kmsKeyArn().map(key -> "SSE-KMS with " + key).orElse("SSE-KMS");
        for (Map.Entry<String, ObjectEncryption> entry : objects.entrySet()) {
            ObjectEncryption encryption = entry.getValue();
            String observed = null;
            if (!encryption.kms()) {
                observed = entry.getKey() + " is " + (encryption.algorithm().isEmpty() ? "not encrypted"
                        : "encrypted with " + encryption.algorithm());
            } else if (source.kmsKeyArn().isPresent() && !sameKey(source.kmsKeyArn().get(), encryption.kmsKeyId())) {
                observed = entry.getKey() + " is encrypted with " + encryption.kmsKeyId().orElse("an unnamed key");
            }
            if (observed != null) {
                wrong++;
                finding(ledger, source, "s3_source_encryption", observed, expected, Severity.ERROR);
            }
        }
        return wrong;
    }

    /** S3 names the key by ARN; a bare key id still counts as the same key. */
    static boolean sameKey(String expectedArn, Optional<String> actual) {
        return actual.map(key -> key.equals(expectedArn) || expectedArn.endsWith("/" + key)).orElse(false);
    }

    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void finding(ResourceLedger ledger, BackupSource source, String rule, String observed, String threshold,
                        Severity severity) {
        ledger.finding(source.arn(), TYPE, "", rule, source.name() + ": " + observed, threshold, severity);
    }

    static String hours(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toSeconds() / 3600.0);
    }

    static String bytes(long size) {
        return size + " bytes";
    }
}
