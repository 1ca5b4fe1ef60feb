package com.backupsentinel.validator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.sources.BucketProtection;
import com.backupsentinel.validator.sources.KeyPattern;
import com.backupsentinel.validator.sources.ObjectEncryption;
import com.backupsentinel.validator.sources.Probe;
import com.backupsentinel.validator.sources.SourceListing;
import com.backupsentinel.validator.sources.SourceObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The backup bucket adapter through the real SDK over HTTP against the S3 stand-in (S3Proxy), with objects in
 * both seed layouts: seed 003's {@code awx/YYYY-MM-DD/awx-backup-{timestamp}.sql.gz} and
 * {@code vault/YYYY-MM-DD/vault-snapshot-{timestamp}.snap}, and seed 004's {@code <namespace>/<timestamp>/}.
 */
class S3BackupObjectStoreTest {

    private static final String KEY = "arn:aws:kms:eu-west-3:123456789012:key/1111aaaa-2222-bbbb-3333-cccc4444dddd";
    private static S3StandIn standIn;
    private static S3Client s3;
    private static S3BackupObjectStore store;

    @BeforeAll
    static void start() {
        standIn = S3StandIn.start();
        AwsClientFactory factory = StandInClients.factory("AWS_ENDPOINT_URL_S3", standIn.endpoint());
        s3 = StandInClients.writer(standIn.endpoint());
        store = S3BackupObjectStore.create(factory);
        s3.createBucket(r -> r.bucket("stoa-backups-dev"));
        s3.putBucketVersioning(r -> r.bucket("stoa-backups-dev").versioningConfiguration(v -> v.status("Enabled")));
        s3.createBucket(r -> r.bucket("prophecy-backups"));
        for (int day = 20; day <= 22; day++) {
            put("stoa-backups-dev", "awx/2026-11-" + day + "/awx-backup-202611" + day + "T020000Z.sql.gz", 100 + day,
                    ServerSideEncryption.AWS_KMS);
            put("stoa-backups-dev", "vault/2026-11-" + day + "/vault-snapshot-202611" + day + "T030000Z.snap", day,
                    ServerSideEncryption.AWS_KMS);
        }
        put("stoa-backups-dev", "awx/2026-11-22/notes.txt", 3, ServerSideEncryption.AWS_KMS);
        put("prophecy-backups", "app/2026-11-21t16-00-00/metadata.json", 10, ServerSideEncryption.AES256);
        put("prophecy-backups", "app/2026-11-21t16-00-00/data/part-0001.tar", 40, ServerSideEncryption.AES256);
        put("prophecy-backups", "app/2026-11-22t16-00-00/metadata.json", 0, null);
    }

    private static void put(String bucket, String key, int size, ServerSideEncryption sse) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key);
        if (sse == ServerSideEncryption.AWS_KMS) {
            request.serverSideEncryption(sse).ssekmsKeyId(KEY);
        } else if (sse != null) {
            request.serverSideEncryption(sse);
        }
        s3.putObject(request.build(), RequestBody.fromBytes(new byte[size]));
    }

    @AfterAll
    static void stop() {
        s3.close();
        standIn.close();
    }

    @Test
    void listsOnlyTheDayPrefixOfTheDottedSeedLayout() {
        KeyPattern awx = KeyPattern.parse("awx/{date}/awx-backup-{timestamp}.sql.gz");
        List<SourceObject> objects = store.list("stoa-backups-dev", awx.dayPrefix(LocalDate.parse("2026-11-22")));
        assertThat(objects).extracting(SourceObject::key).containsExactly("awx/2026-11-22/awx-backup-20261122T020000Z"
                + ".sql.gz", "awx/2026-11-22/notes.txt");
        assertThat(objects).extracting(SourceObject::size).containsExactly(122L, 3L);
        SourceListing listing = SourceListing.of(awx, objects);
        assertThat(listing.unmatchedKeys()).isEqualTo(1);
        assertThat(listing.backups()).singleElement().satisfies(b ->
                assertThat(b.time()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z")));
    }

    @Test
    void groupsAFullBackupFolderOfSeed004IntoOneBackup() {
        KeyPattern app = KeyPattern.parse("app/{timestamp}/*");
        List<SourceObject> objects = store.list("prophecy-backups", app.dayPrefix(LocalDate.parse("2026-11-21")));
        SourceListing listing = SourceListing.of(app, objects);
        assertThat(listing.backups()).singleElement().satisfies(backup -> {
            assertThat(backup.time()).isEqualTo(Instant.parse("2026-11-21T16:00:00Z"));
            assertThat(backup.size()).isEqualTo(50);
            assertThat(backup.objects()).hasSize(2);
        });
    }

    @Test
    void readsSseKmsAndItsKeyAes256AndNone() {
        assertThat(store.encryption("stoa-backups-dev", "vault/2026-11-21/vault-snapshot-20261121T030000Z.snap"))
                .isEqualTo(new ObjectEncryption("aws:kms", Optional.of(KEY)));
        assertThat(store.encryption("prophecy-backups", "app/2026-11-21t16-00-00/metadata.json"))
                .isEqualTo(new ObjectEncryption("AES256", Optional.empty()));
        assertThat(store.encryption("prophecy-backups", "app/2026-11-22t16-00-00/metadata.json").kms()).isFalse();
    }

    @Test
    void readsVersioningAndSaysWhatTheStandInCannotVerify() {
        BucketProtection versioned = store.protection("stoa-backups-dev");
        assertThat(versioned.versioningEnabled()).isEqualTo(Probe.of(true));
        assertThat(store.protection("prophecy-backups").versioningEnabled()).isEqualTo(Probe.of(false));
        assertThat(versioned.publicAccessBlocked())
                .isEqualTo(Probe.unverifiable("GetPublicAccessBlock failed: NotImplemented"));
        assertThat(versioned.lifecycleRules())
                .isEqualTo(Probe.unverifiable("GetBucketLifecycleConfiguration failed: NotImplemented"));
        assertThat(versioned.tlsOnlyPolicy()).isEqualTo(Probe.unverifiable("GetBucketPolicy failed: NoSuchPolicy"));
    }

    @Test
    void aMissingBucketIsAnInventoryErrorWithS3sCode() {
        assertThatThrownBy(() -> store.list("stoa-backups-missing", "awx/2026-11-22"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("ListObjectsV2 s3://stoa-backups-missing/awx/2026-11-22 failed: NoSuchBucket");
    }

    @Test
    void pagesThroughEveryKeyOfADayAndCountsEachRequest() {
        s3.createBucket(r -> r.bucket("busy-backups"));
        for (int i = 0; i < 5; i++) {
            put("busy-backups", "db/2026-11-22/dump-" + i + ".sql.gz", 1, null);
        }
        S3BackupObjectStore smallPages = new S3BackupObjectStore(s3, 2);
        assertThat(smallPages.list("busy-backups", "db/2026-11-22")).extracting(SourceObject::key)
                .containsExactly("db/2026-11-22/dump-0.sql.gz", "db/2026-11-22/dump-1.sql.gz",
                        "db/2026-11-22/dump-2.sql.gz", "db/2026-11-22/dump-3.sql.gz", "db/2026-11-22/dump-4.sql.gz");
        assertThat(smallPages.requests()).isEqualTo(3);
    }
}
