package com.backupsentinel.ondemand.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RestoreOverridesTest {

    private static final String TS = "2026-11-21t09-45-00";

    @Test
    void givesRdsInstancesANewIdentifierWithTheRestoredSuffix() {
        assertThat(RestoreOverrides.changes("RDS", "arn:aws:rds:us-west-2:123456789012:db:orders",
                Map.of("DBInstanceIdentifier", "orders", "Engine", "postgres"), TS))
                .isEqualTo(Map.of("DBInstanceIdentifier", "orders-restored"));
    }

    @Test
    void takesTheIdentifierFromTheArnWhenTheMetadataLacksIt() {
        assertThat(RestoreOverrides.changes("Aurora", "arn:aws:rds:us-west-2:123456789012:cluster:mavis-production",
                Map.of(), TS)).isEqualTo(Map.of("DBClusterIdentifier", "mavis-production-restored"));
        assertThat(RestoreOverrides.changes("DynamoDB", "arn:aws:dynamodb:us-west-2:123456789012:table/sessions",
                Map.of(), TS)).isEqualTo(Map.of("targetTableName", "sessions-restored"));
    }

    @Test
    void keepsDatabaseIdentifiersWithinSixtyThreeCharacters() {
        String restored = RestoreOverrides.restoredName("a".repeat(53) + "-" + "b".repeat(9), 63);

        assertThat(restored).hasSize(62).isEqualTo("a".repeat(53) + "-restored");
    }

    @Test
    void restoresEfsIntoANewFileSystem() {
        assertThat(RestoreOverrides.changes("EFS", "arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/fs-1",
                Map.of("newFileSystem", "false"), TS))
                .isEqualTo(Map.of("newFileSystem", "true", "CreationToken", "backup-sentinel-" + TS));
    }

    @Test
    void restoresS3IntoANewBucketNeverTheOriginal() {
        assertThat(RestoreOverrides.changes("S3", "arn:aws:s3:::arrakis-exports-production",
                Map.of("DestinationBucketName", "arrakis-exports-production", "NewBucket", "false",
                        "Encrypted", "true", "EncryptionType", "SSE-S3"), TS))
                .isEqualTo(Map.of("DestinationBucketName", "arrakis-exports-production-restored-" + TS,
                        "NewBucket", "true"));
    }

    @Test
    void keepsRestoredBucketNamesWithinSixtyThreeCharacters() {
        String original = "a".repeat(33) + "." + "b".repeat(20);

        String bucket = RestoreOverrides.changes("S3", "arn:aws:s3:::" + original, Map.of(), TS)
                .get("DestinationBucketName");

        assertThat(bucket).isEqualTo("a".repeat(33) + "-restored-" + TS).hasSize(62);
    }

    @Test
    void anOverriddenKeyReplacesAwsBackupsKeyWhateverItsCase() {
        assertThat(RestoreOverrides.apply(Map.of("destinationBucketName", "live", "newBucket", "false",
                "EncryptionType", "SSE-S3"), Map.of("DestinationBucketName", "live-restored-" + TS, "NewBucket", "true")))
                .isEqualTo(Map.of("DestinationBucketName", "live-restored-" + TS, "NewBucket", "true",
                        "EncryptionType", "SSE-S3"));
    }

    @Test
    void leavesOtherTypesAsAwsBackupDescribedThem() {
        assertThat(RestoreOverrides.changes("EBS", "arn:aws:ec2:us-west-2:123456789012:volume/vol-1",
                Map.of("volumeId", "vol-1"), TS)).isEmpty();
    }

    @Test
    void appliesChangesOverTheOriginalMetadata() {
        assertThat(RestoreOverrides.apply(Map.of("DBInstanceIdentifier", "orders", "Port", "5432"),
                Map.of("DBInstanceIdentifier", "orders-restored")))
                .isEqualTo(Map.of("DBInstanceIdentifier", "orders-restored", "Port", "5432"));
    }
}
