package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.ArnParts;

/**
 * Names a resource's type the way AWS Backup does (RDS, Aurora, EBS, EC2, EFS, DynamoDB, S3, FSx) and gives a short
 * name, both from its ARN.
 */
public final class ResourceTypes {

    private ResourceTypes() {
    }

    /** The last part of an ARN: after the last {@code /}, else after the last {@code :}. */
    public static String shortName(String arn) {
        int cut = Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':'));
        return cut >= 0 ? arn.substring(cut + 1) : arn;
    }

    public static String fromArn(String arn) {
        String service = ArnParts.service(arn);
        String resource = ArnParts.resource(arn);
        switch (service) {
            case "rds":
                return resource.startsWith("cluster:") ? "Aurora" : "RDS";
            case "ec2":
                return resource.startsWith("instance/") ? "EC2" : "EBS";
            case "elasticfilesystem":
                return "EFS";
            case "dynamodb":
                return "DynamoDB";
            case "s3":
                return "S3";
            case "fsx":
                return "FSx";
            case "storagegateway":
                return "Storage Gateway";
            case "docdb":
                return "DocumentDB";
            default:
                return service.isBlank() ? "(unknown)" : service;
        }
    }
}
