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
 *   <li>every other type: the metadata exactly as AWS Backup returned it (EBS and EC2 restores always create
 *       new volumes and instances).</li>
 * </ul>
 * Names are shortened to the service's limit (63 characters for database identifiers) before the suffix.
 */
final class RestoreOverrides {

    static final String SUFFIX = "-restored";
    private static final int DB_IDENTIFIER_MAX = 63;
    private static final int TABLE_NAME_MAX = 255;

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
            default:
                break;
        }
        return changes;
    }

    /** The metadata to send: AWS Backup's, with {@link #changes} laid over it. */
    static Map<String, String> apply(Map<String, String> metadata, Map<String, String> changes) {
        Map<String, String> result = new LinkedHashMap<>(metadata);
        result.putAll(changes);
        return result;
    }

    static String restoredName(String original, int max) {
        String base = original;
        if (base.length() > max - SUFFIX.length()) {
            base = base.substring(0, max - SUFFIX.length());
        }
        while (base.endsWith("-")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + SUFFIX;
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
