package com.backupsentinel.ondemand.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented changes this service makes to a recovery point's restore metadata, so a restore never replaces
 * the original resource but creates a new one beside it (as the disaster-recovery runbook does by hand):
 * <ul>
 *   <li>RDS: {@code DBInstanceIdentifier} = original identifier + {@code -restored};</li>
 *   <li>Aurora, DocumentDB, Neptune: {@code DBClusterIdentifier} = original identifier + {@code -restored};</li>
 *   <li>DynamoDB: {@code targetTableName} = original table name + {@code -restored};</li>
 *   <li>EFS: {@code newFileSystem} = {@code true} and {@code CreationToken} = {@code backup-sentinel-<timestamp>};</li>
 *   <li>S3: {@code DestinationBucketName} = original bucket + {@code -restored-<timestamp>} and {@code NewBucket} =
 *       {@code true}: AWS Backup's own metadata names the original bucket, and a restore there puts back objects
 *       that were deleted since (a delete marker counts as absent) among the live ones. Bucket names are global, so
 *       the request timestamp keeps each restore's bucket apart; the name is cut to S3's 63 characters;</li>
 *   <li>every other type: the metadata exactly as AWS Backup returned it (EBS and EC2 restores always create
 *       new volumes and instances).</li>
 * </ul>
 * Names are shortened to the service's limit (63 characters for database identifiers and bucket names) before the
 * suffix. AWS Backup reads metadata keys without regard to case, so a key of AWS Backup's metadata that differs
 * from an overridden one only in case is dropped rather than sent beside it.
 */
final class RestoreOverrides {

    static final String SUFFIX = "-restored";
    private static final int DB_IDENTIFIER_MAX = 63;
    private static final int TABLE_NAME_MAX = 255;
    private static final int BUCKET_NAME_MAX = 63;

    private RestoreOverrides() {
    }

    /** Only the keys this service sets, with their new values. */
    static Map<String, String> changes(String resourceType, String resourceArn, Map<String, String> metadata,
                                       String requestTimestamp) {
        Map<String, String> changes = new LinkedHashMap<>();
        switch (resourceType) {
            case "RDS":
                changes.put("DBInstanceIdentifier", restoredName(
                        original(metadata, "DBInstanceIdentifier", resourceArn, ":db:"), DB_IDENTIFIER_MAX));
                break;
            case "Aurora":
            case "DocumentDB":
            case "Neptune":
                changes.put("DBClusterIdentifier", restoredName(
                        original(metadata, "DBClusterIdentifier", resourceArn, ":cluster:"), DB_IDENTIFIER_MAX));
                break;
            case "DynamoDB":
                changes.put("targetTableName", restoredName(
                        original(metadata, "targetTableName", resourceArn, ":table/"), TABLE_NAME_MAX));
                break;
            case "EFS":
                changes.put("newFileSystem", "true");
                changes.put("CreationToken", "backup-sentinel-" + requestTimestamp);
                break;
            case "S3":
                changes.put("DestinationBucketName", restoredName(original(metadata, "DestinationBucketName",
                        resourceArn, ":::"), BUCKET_NAME_MAX, SUFFIX + "-" + requestTimestamp));
                changes.put("NewBucket", "true");
                break;
            default:
                break;
        }
        return changes;
    }

    /** The metadata to send: AWS Backup's, with {@link #changes} laid over it. */
    static Map<String, String> apply(Map<String, String> metadata, Map<String, String> changes) {
        Map<String, String> result = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (changes.keySet().stream().noneMatch(key::equalsIgnoreCase)) {
                result.put(key, value);
            }
        });
        result.putAll(changes);
        return result;
    }

    static String restoredName(String original, int max) {
        return restoredName(original, max, SUFFIX);
    }

    private static String restoredName(String original, int max, String suffix) {
        String base = original;
        if (base.length() > max - suffix.length()) {
            base = base.substring(0, max - suffix.length());
        }
        while (base.endsWith("-") || base.endsWith(".")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }

    private static String original(Map<String, String> metadata, String key, String resourceArn, String marker) {
        String value = metadata.get(key);
        if (value != null && !value.isBlank()) {
            return value;
        }
        int at = resourceArn.lastIndexOf(marker);
        return at < 0 ? resourceArn.substring(resourceArn.lastIndexOf(':') + 1) : resourceArn.substring(at
                + marker.length());
    }
}
