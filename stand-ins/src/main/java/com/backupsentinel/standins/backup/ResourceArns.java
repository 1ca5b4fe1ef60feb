package com.backupsentinel.standins.backup;

import java.util.Locale;
import java.util.Optional;

/** What AWS Backup calls the resource type of an ARN, and the recovery point ARN a backup of it gets. */
final class ResourceArns {

    private ResourceArns() {
    }

    /** RDS, Aurora, EBS, EC2, EFS, DynamoDB, S3, FSx or Storage Gateway; empty for anything AWS Backup cannot back up. */
    static Optional<String> resourceType(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || parts[5].isEmpty()) {
            return Optional.empty();
        }
        String resource = parts[5];
        return Optional.ofNullable(switch (parts[2]) {
            case "rds" -> resource.startsWith("db:") ? "RDS" : resource.startsWith("cluster:") ? "Aurora" : null;
            case "ec2" -> resource.startsWith("volume/") ? "EBS" : resource.startsWith("instance/") ? "EC2" : null;
            case "elasticfilesystem" -> resource.startsWith("file-system/") ? "EFS" : null;
            case "dynamodb" -> resource.startsWith("table/") ? "DynamoDB" : null;
            case "s3" -> "S3";
            case "fsx" -> "FSx";
            case "storagegateway" -> "Storage Gateway";
            default -> null;
        });
    }

    /** The recovery point ARN AWS Backup gives a new backup of a resource of {@code type}. */
    static String recoveryPointArn(String type, String region, String accountId, String jobId) {
        return switch (type) {
            case "RDS" -> "arn:aws:rds:" + region + ":" + accountId + ":snapshot:awsbackup:job-" + jobId;
            case "Aurora" -> "arn:aws:rds:" + region + ":" + accountId + ":cluster-snapshot:awsbackup:job-" + jobId;
            case "EBS" -> "arn:aws:ec2:" + region + "::snapshot/snap-" + jobId.replace("-", "").substring(0, 17);
            case "EC2" -> "arn:aws:ec2:" + region + "::image/ami-" + jobId.replace("-", "").substring(0, 17);
            default -> "arn:aws:backup:" + region + ":" + accountId + ":recovery-point:" + jobId.toUpperCase(Locale.ROOT);
        };
    }

    /** The last component of an ARN: a table, bucket, volume or DB identifier. */
    static String shortName(String arn) {
        int cut = Math.max(arn.lastIndexOf(':'), arn.lastIndexOf('/'));
        return cut < 0 ? arn : arn.substring(cut + 1);
    }
}
