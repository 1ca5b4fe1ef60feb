package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.ArnParts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Deep links into the AWS console for what a finding names: the AWS Backup console's job, vault, recovery point,
 * plan, restore testing and protected resource pages, and the S3 console for S3 backup sources.
 */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    public static String backupJob(String region, String jobId) {
        return backup(region, "/jobs/backup/details/" + encode(jobId));
    }

    public static String copyJob(String region, String jobId) {
        return backup(region, "/jobs/copy/details/" + encode(jobId));
    }

    public static String restoreJob(String region, String jobId) {
        return backup(region, "/jobs/restore/details/" + encode(jobId));
    }

    public static String job(String region, String kind, String jobId) {
        return backup(region, "/jobs/" + kind + "/details/" + encode(jobId));
    }

    public static String vault(String region, String vaultName) {
        return backup(region, "/backupvaults/details/" + encode(vaultName));
    }

    public static String recoveryPoint(String region, String vaultName, String pointArn) {
        return backup(region, "/backupvaults/details/" + encode(vaultName) + "/" + encode(pointArn));
    }

    public static String plan(String region, String planId) {
        return backup(region, "/backupplan/details/" + encode(planId));
    }

    public static String restoreTestingPlan(String region, String planName) {
        return backup(region, "/restoretesting/details/" + encode(planName));
    }

    /** The page of whatever {@code arn} names: a vault, a plan, an S3 bucket, else the protected resource page. */
    public static String resource(String region, String arn) {
        String resource = ArnParts.resource(arn);
        if (ArnParts.service(arn).equals("backup") && resource.startsWith("backup-vault:")) {
            return vault(region, resource.substring("backup-vault:".length()));
        }
        if (ArnParts.service(arn).equals("backup") && resource.startsWith("backup-plan:")) {
            return plan(region, resource.substring("backup-plan:".length()));
        }
        if (ArnParts.service(arn).equals("s3")) {
            int slash = resource.indexOf('/');
            String bucket = slash < 0 ? resource : resource.substring(0, slash);
            String prefix = slash < 0 ? "" : "&prefix=" + encode(resource.substring(slash + 1));
            return "https://s3.console.aws.amazon.com/s3/buckets/" + encode(bucket) + "?region=" + region + prefix;
        }
        return arn.startsWith("arn:") ? backup(region, "/resources/" + encode(arn)) : backup(region, "/dashboard");
    }

    private static String backup(String region, String fragment) {
        return "https://" + region + ".console.aws.amazon.com/backup/home?region=" + region + "#" + fragment;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
