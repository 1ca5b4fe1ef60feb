package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** AWS Backup's resource type names, and a best guess of one from a resource ARN. */
public final class ResourceTypes {

    /** The resource types AWS Backup names in its API (GetSupportedResourceTypes). */
    public static final List<String> KNOWN = List.of("Aurora", "CloudFormation", "DocumentDB", "DynamoDB", "EBS",
            "EC2", "EFS", "EKS", "FSx", "Neptune", "RDS", "Redshift", "Redshift Serverless", "S3",
            "SAP HANA on Amazon EC2", "Storage Gateway", "Timestream", "VirtualMachine");

    private ResourceTypes() {
    }

    /** The canonical spelling of a type name given in any case; empty when AWS Backup has no such type. */
    public static Optional<String> canonical(String name) {
        return KNOWN.stream().filter(known -> known.equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The type of the resource an ARN names, as far as the ARN tells; empty when it does not. */
    public static String fromArn(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return "";
        }
        String service = parts[2];
        String resource = parts[5].toLowerCase(Locale.ROOT);
        switch (service) {
            case "rds":
                return resource.startsWith("cluster:") ? "Aurora" : resource.startsWith("db:") ? "RDS" : "";
            case "ec2":
                return resource.startsWith("volume/") ? "EBS" : resource.startsWith("instance/") ? "EC2" : "";
            case "dynamodb":
                return "DynamoDB";
            case "elasticfilesystem":
                return "EFS";
            case "s3":
                return "S3";
            case "fsx":
                return "FSx";
            case "storagegateway":
                return "Storage Gateway";
            case "redshift":
                return "Redshift";
            case "timestream":
                return "Timestream";
            case "cloudformation":
                return "CloudFormation";
            default:
                return "";
        }
    }
}
