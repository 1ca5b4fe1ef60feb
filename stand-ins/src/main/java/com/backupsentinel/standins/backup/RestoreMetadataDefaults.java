package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Restore metadata for a recovery point the inventory has no GetRecoveryPointRestoreMetadata export for: the keys
 * AWS Backup reports for each resource type, filled from the recovery point.
 */
final class RestoreMetadataDefaults {

    private RestoreMetadataDefaults() {
    }

    static ObjectNode forPoint(JsonNode point, String region) {
        String type = point.path("ResourceType").asText();
        String resourceArn = point.path("ResourceArn").asText();
        String name = lastPart(resourceArn);
        ObjectNode metadata = WireJson.MAPPER.createObjectNode();
        switch (type) {
            case "RDS" -> {
                metadata.put("DBInstanceIdentifier", name);
                metadata.put("Engine", "postgres");
                metadata.put("DBInstanceClass", "db.t3.medium");
                metadata.put("MultiAZ", "false");
                metadata.put("Port", "5432");
                metadata.put("StorageType", "gp3");
            }
            case "EBS" -> {
                metadata.put("volumeId", name);
                metadata.put("volumeType", "gp3");
                metadata.put("availabilityZone", region + "a");
                metadata.put("encrypted", "true");
            }
            case "EFS" -> {
                metadata.put("file-system-id", name);
                metadata.put("Encrypted", "true");
                metadata.put("PerformanceMode", "generalPurpose");
                metadata.put("newFileSystem", "true");
                metadata.put("CreationToken", name + "-restore");
            }
            case "DynamoDB" -> {
                metadata.put("originalTableName", name);
                metadata.put("targetTableName", name);
                metadata.put("encryptionType", "Default");
            }
            case "S3" -> {
                metadata.put("DestinationBucketName", name);
                metadata.put("NewBucket", "false");
                metadata.put("Encrypted", "true");
                metadata.put("EncryptionType", "SSE-S3");
            }
            default -> {
                // other resource types: AWS reports type-specific keys we do not model
            }
        }
        return metadata;
    }

    private static String lastPart(String arn) {
        int cut = Math.max(arn.lastIndexOf(':'), arn.lastIndexOf('/'));
        return cut < 0 ? arn : arn.substring(cut + 1);
    }
}
