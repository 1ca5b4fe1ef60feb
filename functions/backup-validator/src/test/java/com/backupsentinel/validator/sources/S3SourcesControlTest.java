package com.backupsentinel.validator.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Finding;
import com.backupsentinel.validator.controls.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Freshness, size and encryption rules on sources held in memory; "now" is 2026-11-22T06:00:00Z. */
class S3SourcesControlTest {

    static final String KEY = "arn:aws:kms:eu-west-3:123456789012:key/1111aaaa-2222-bbbb-3333-cccc4444dddd";
    static final ObjectEncryption KMS = new ObjectEncryption("aws:kms", Optional.of(KEY));
    private final MemoryObjectStore store = new MemoryObjectStore();

    static BackupSource awx(Optional<String> key) {
        return new BackupSource("awx", "stoa-backups", "awx/", KeyPattern.parse("awx/{date}/awx-backup-{timestamp}"
                + ".sql.gz"), 24, OptionalInt.empty(), key, OptionalInt.empty());
    }

    /** An AWX dump taken {@code hoursAgo} before now, in the seed's layout. */
    private void dump(double hoursAgo, long size, ObjectEncryption how) {
        Instant at = Fixtures.NOW.minusSeconds((long) (hoursAgo * 3600));
        String stamp = at.toString().replaceAll("[-:]", "");
        store.put("stoa-backups", new SourceObject("awx/" + at.toString().substring(0, 10) + "/awx-backup-" + stamp
                + ".sql.gz", size, Fixtures.NOW), how);
    }

    private ControlResult run(BackupSource... sources) {
        return new S3SourcesControl(List.of(sources), store).start(Fixtures.context()).finish();
    }

    private static List<String> rules(ControlResult result) {
        return result.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void anEmptyPrefixIsAFreshnessError() {
        ControlResult result = run(awx(Optional.empty()));

        assertThat(result.status()).isEqualTo(ControlStatus.NON_COMPLIANT);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("s3_source_freshness");
            assertThat(f.observed()).isEqualTo("awx: no object matching awx/{date}/awx-backup-{timestamp}.sql.gz in"
                    + " the 17 days listed");
            assertThat(f.threshold()).isEqualTo("a backup at most 24 h old");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.resourceArn()).isEqualTo("arn:aws:s3:::stoa-backups/awx/");
        });
        assertThat(result.figures()).containsEntry("sourcesWithoutBackup", 1L).containsEntry("s3Requests", 21L);
    }

    @Test
    void listsOnlyTheDayPrefixesTheRpoAndTheMedianNeed() {
        run(awx(Optional.empty()));

        assertThat(store.listed).hasSize(17).first().isEqualTo("stoa-backups/awx/2026-11-23");
        assertThat(store.listed).contains("stoa-backups/awx/2026-11-22").last()
                .isEqualTo("stoa-backups/awx/2026-11-07");
    }

    @Test
    void aSingleFreshObjectIsCompliantWithoutASizeVerdict() {
        dump(4, 5_000, KMS);

        ControlResult result = run(awx(Optional.of(KEY)));

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("backupsFound", 1L).containsEntry("oldestNewestBackupAgeHours", 4.0);
    }

    @Test
    void aStaleNewestBackupBreachesTheRpo() {
        dump(30, 5_000, KMS);

        assertThat(run(awx(Optional.empty())).findings()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("awx: newest backup awx/2026-11-21/awx-backup-20261121T000000Z.sql.gz is"
                    + " 30.0 h old (2026-11-21T00:00:00Z)");
            assertThat(f.threshold()).isEqualTo("at most 24 h");
        });
    }

    @Test
    void aBackupDatedAfterNowIsClockSkewAndTheNewestPastOneIsJudged() {
        dump(-3, 5_000, KMS);
        dump(2, 5_000, KMS);

        ControlResult result = run(awx(Optional.empty()));

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity, Finding::observed)
                .containsExactly(tuple("s3_source_clock_skew", Severity.WARNING, "awx: awx/2026-11-22/awx-backup-"
                        + "20261122T090000Z.sql.gz is dated 2026-11-22T09:00:00Z, 3.0 h after now (2026-11-22T06:00:00Z)"));
    }

    @Test
    void keysThatDoNotFollowThePatternAreCountedNotJudged() {
        store.put("stoa-backups", new SourceObject("awx/2026-11-22/awx-backup-latest.sql.gz", 0, Fixtures.NOW), KMS);
        store.put("stoa-backups", new SourceObject("awx/2026-11-22/awx-backup-20261399T000000Z.sql.gz", 9,
                Fixtures.NOW), KMS);

        ControlResult result = run(awx(Optional.empty()));

        assertThat(result.figures()).containsEntry("keysNotMatchingPattern", 2L).containsEntry("objectsListed", 2L);
        assertThat(rules(result)).containsExactly("s3_source_freshness");
    }

    @Test
    void aZeroByteDumpIsAnError() {
        for (int day = 14; day >= 1; day--) {
            dump(day * 24 + 2, 5_000, KMS);
        }
        dump(2, 0, KMS);

        ControlResult result = run(awx(Optional.empty()));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("s3_source_zero_byte");
            assertThat(f.observed()).isEqualTo("awx: awx/2026-11-22/awx-backup-20261122T040000Z.sql.gz is 0 bytes");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void comparesTheNewestBackupWithTheMedianOfThePrevious14() {
        dump(20 * 24, 1, KMS);
        for (int day = 14; day >= 1; day--) {
            dump(day * 24 + 2, day % 2 == 0 ? 4_000 : 6_000, KMS);
        }
        dump(2, 2_400, KMS);

        assertThat(run(awx(Optional.empty())).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("s3_source_size_anomaly");
            assertThat(f.observed()).isEqualTo("awx: newest backup awx/2026-11-22/awx-backup-20261122T040000Z.sql.gz"
                    + " is 2400 bytes, median of the previous 14 is 5000 bytes");
            assertThat(f.threshold()).isEqualTo("between half and 3x the median (2500 bytes .. 15000 bytes)");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aBackupThreeTimesTheMedianIsAnAnomalyTooButTwoPreviousAreTooFewToJudge() {
        dump(50, 1_000, KMS);
        dump(26, 1_000, KMS);
        dump(2, 9_000, KMS);
        assertThat(run(awx(Optional.empty())).findings()).isEmpty();

        dump(74, 1_000, KMS);
        assertThat(rules(run(awx(Optional.empty())))).containsExactly("s3_source_size_anomaly");
    }

    @Test
    void objectsMustBeSseKmsWithTheExpectedKey() {
        dump(2, 5_000, new ObjectEncryption("AES256", Optional.empty()));
        assertThat(run(awx(Optional.of(KEY))).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("s3_source_encryption");
            assertThat(f.observed()).isEqualTo("awx: awx/2026-11-22/awx-backup-20261122T040000Z.sql.gz is encrypted"
                    + " with AES256");
            assertThat(f.threshold()).isEqualTo("SSE-KMS with " + KEY);
        });

        dump(2, 5_000, new ObjectEncryption("aws:kms", Optional.of("arn:aws:kms:eu-west-3:123456789012:key/other")));
        assertThat(run(awx(Optional.of(KEY))).findings()).extracting(Finding::observed).containsExactly("awx: awx/"
                + "2026-11-22/awx-backup-20261122T040000Z.sql.gz is encrypted with arn:aws:kms:eu-west-3:123456789012"
                + ":key/other");
        assertThat(run(awx(Optional.empty())).findings()).isEmpty();
    }

    @Test
    void anUnencryptedObjectIsNamedAsSuch() {
        dump(2, 5_000, new ObjectEncryption("", Optional.empty()));

        assertThat(run(awx(Optional.empty())).findings()).extracting(Finding::observed)
                .containsExactly("awx: awx/2026-11-22/awx-backup-20261122T040000Z.sql.gz is not encrypted");
    }

    @Test
    void anUnreadableSourceIsAnErrorAndTheOthersStillRun() {
        store.failures.put("gone-bucket", "ListObjectsV2 s3://gone-bucket/db/2026-11-23 failed: NoSuchBucket");
        dump(2, 5_000, KMS);
        BackupSource gone = new BackupSource("gone", "gone-bucket", "db/", KeyPattern.parse("db/{date}/*"), 24,
                OptionalInt.empty(), Optional.empty(), OptionalInt.empty());

        ControlResult result = run(gone, awx(Optional.empty()));

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed).containsExactly(
                tuple("s3_source_readable", "gone: cannot be read: ListObjectsV2 s3://gone-bucket/db/2026-11-23 failed:"
                        + " NoSuchBucket"));
        assertThat(result.compliantResources()).isEqualTo(1);
        assertThat(result.nonCompliantResources()).isEqualTo(1);
        assertThat(result.figures()).containsEntry("unreadableSources", 1L);
    }

    @Test
    void noSourcesIsCompliantAndCostsNothing() {
        ControlResult result = run();

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("sources", 0L).containsEntry("s3Requests", 0L);
    }

    @Test
    void anHourlySourceListsTwoDaysPlusTomorrow() {
        BackupSource hourly = new BackupSource("hourly", "b-1", "h/", KeyPattern.parse("h/{date}/{timestamp}.gz"), 1,
                OptionalInt.empty(), Optional.empty(), OptionalInt.empty());
        assertThat(S3SourcesControl.days(hourly, Fixtures.NOW)).extracting(Object::toString)
                .containsExactly("2026-11-23", "2026-11-22", "2026-11-21");
    }
}
