package com.backupsentinel.standins.org;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One generated member account's AWS Backup estate, in the shape the AWS CLI prints it: per region a vault with a
 * customer-managed key, vault lock, a deny-delete access policy and notifications; a production plan with daily,
 * weekly and monthly rules copying to the replica vault in us-east-1; four production resources (RDS, EBS, DynamoDB,
 * EFS) selected by ARN; seven days of completed daily backups, recovery points and copies; and a completed restore
 * test per resource. With {@code failedJobs}, the last day's backups of three resources failed (and one of them the
 * day before too).
 */
final class MemberInventory {

    static final String REPLICA_REGION = "us-east-1";
    static final int DAYS = 7;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[][] RESOURCES = {
        {"RDS", "rds", "db"}, {"EBS", "ec2", "volume"}, {"DynamoDB", "dynamodb", "table"},
        {"EFS", "elasticfilesystem", "file-system"}};

    private final MemberAccount account;
    private final String region;
    private final Instant newest;
    private final boolean failedJobs;
    private final InventoryBuilder builder;

    private MemberInventory(MemberAccount account, String region, Instant newest, boolean failedJobs,
                            InventoryBuilder builder) {
        this.account = account;
        this.region = region;
        this.newest = newest;
        this.failedJobs = failedJobs;
        this.builder = builder;
    }

    static Inventory build(MemberAccount account, List<String> regions, Instant now, boolean failedJobs) {
        InventoryBuilder builder = Inventory.builder(account.accountId(), regions.get(0));
        // the newest daily backup started three hours ago: well inside a 24 h RPO and a 24 h look-back
        Instant newest = now.minus(Duration.ofHours(3));
        for (String region : regions) {
            new MemberInventory(account, region, newest, failedJobs, builder).region();
        }
        return builder.build();
    }

    private void region() {
        String vaultArn = arn("backup", "backup-vault:" + vaultName());
        builder.backupVault(region, vault(vaultArn));
        builder.vaultAccessPolicy(region, accessPolicy(vaultArn));
        builder.vaultNotifications(region, notifications(vaultArn));
        builder.backupPlan(region, plan());
        builder.backupSelection(region, selection());
        for (int r = 0; r < RESOURCES.length; r++) {
            resource(r, vaultArn);
        }
    }

    /** One protected resource: its index in {@link #RESOURCES}, AWS Backup resource type, name and ARN. */
    private record Resource(int index, String type, String name, String arn) {
    }

    private void resource(int r, String vaultArn) {
        String type = RESOURCES[r][0];
        String name = account.name() + "-" + RESOURCES[r][2].replace("file-system", "files");
        String resourceArn = resourceArn(r);
        Resource resource = new Resource(r, type, name, resourceArn);
        ObjectNode tags = JSON.createObjectNode();
        tags.put("ResourceARN", resourceArn);
        ArrayNode tagList = tags.putArray("Tags");
        tagList.addObject().put("Key", "Environment").put("Value", "production");
        tagList.addObject().put("Key", "Name").put("Value", name);
        builder.taggedResource(region, tags);
        String newestPoint = null;
        Instant newestTime = null;
        for (int day = 0; day < DAYS; day++) {
            Instant start = newest.minus(Duration.ofDays(day));
            boolean failed = failedJobs && ((day == 0 && r < 3) || (day == 1 && r == 0));
            String jobId = id("job", r, day).toUpperCase(Locale.ROOT);
            ObjectNode job = jobBase(resource, vaultArn, start);
            job.put("BackupJobId", jobId);
            if (failed) {
                job.put("State", "FAILED");
                job.put("StatusMessage", "Insufficient privileges to perform this action: the backup role lost"
                        + " access to the resource's KMS key");
                job.put("BackupSizeInBytes", 0);
                builder.backupJob(region, job);
                continue;
            }
            String pointArn = arn("backup", "recovery-point:" + id("point", r, day).toUpperCase(Locale.ROOT));
            job.put("State", "COMPLETED");
            job.put("CompletionDate", start.plus(Duration.ofMinutes(20)).toString());
            job.put("RecoveryPointArn", pointArn);
            job.put("BackupSizeInBytes", 10_737_418_240L);
            job.put("MessageCategory", "SUCCESS");
            builder.backupJob(region, job);
            builder.recoveryPoint(region, point(resource, vaultArn, pointArn, start));
            builder.copyJob(region, copy(resource, vaultArn, pointArn, jobId, start, day));
            if (newestPoint == null) {
                newestPoint = pointArn;
                newestTime = start;
            }
        }
        ObjectNode protectedResource = JSON.createObjectNode();
        protectedResource.put("ResourceArn", resourceArn);
        protectedResource.put("ResourceType", type);
        protectedResource.put("ResourceName", name);
        if (newestPoint != null) {
            protectedResource.put("LastBackupTime", newestTime.plus(Duration.ofMinutes(20)).toString());
            protectedResource.put("LastBackupVaultArn", vaultArn);
            protectedResource.put("LastRecoveryPointArn", newestPoint);
        }
        builder.protectedResource(region, protectedResource);
        builder.restoreJob(region, restore(resource, vaultArn));
    }

    private ObjectNode jobBase(Resource resource, String vaultArn, Instant start) {
        ObjectNode job = JSON.createObjectNode();
        job.put("AccountId", account.accountId());
        job.put("BackupVaultName", vaultName());
        job.put("BackupVaultArn", vaultArn);
        job.put("ResourceArn", resource.arn());
        job.put("ResourceType", resource.type());
        job.put("ResourceName", resource.name());
        job.put("CreationDate", start.toString());
        job.put("StartBy", start.plus(Duration.ofHours(1)).toString());
        job.put("IamRoleArn", role());
        job.put("IsEncrypted", true);
        job.putObject("RecoveryPointLifecycle").put("DeleteAfterDays", 90);
        job.set("CreatedBy", createdBy());
        return job;
    }

    private ObjectNode point(Resource resource, String vaultArn, String pointArn, Instant start) {
        ObjectNode point = JSON.createObjectNode();
        point.put("RecoveryPointArn", pointArn);
        point.put("BackupVaultName", vaultName());
        point.put("BackupVaultArn", vaultArn);
        point.put("ResourceArn", resource.arn());
        point.put("ResourceType", resource.type());
        point.put("ResourceName", resource.name());
        point.set("CreatedBy", createdBy());
        point.put("IamRoleArn", role());
        point.put("Status", "COMPLETED");
        point.put("CreationDate", start.toString());
        point.put("CompletionDate", start.plus(Duration.ofMinutes(20)).toString());
        point.put("BackupSizeInBytes", 10_737_418_240L);
        point.putObject("Lifecycle").put("DeleteAfterDays", 90);
        point.putObject("CalculatedLifecycle").put("DeleteAt", start.plus(Duration.ofDays(90)).toString());
        point.put("EncryptionKeyArn", keyArn(region));
        point.put("IsEncrypted", true);
        point.put("IsParent", false);
        point.put("VaultType", "BACKUP_VAULT");
        return point;
    }

    private ObjectNode copy(Resource resource, String vaultArn, String pointArn, String jobId, Instant start,
                            int day) {
        int r = resource.index();
        ObjectNode copy = JSON.createObjectNode();
        copy.put("AccountId", account.accountId());
        copy.put("CopyJobId", id("copy", r, day).toUpperCase(Locale.ROOT));
        copy.put("SourceBackupVaultArn", vaultArn);
        copy.put("SourceRecoveryPointArn", pointArn);
        copy.put("DestinationBackupVaultArn", replicaVaultArn());
        copy.put("DestinationRecoveryPointArn", "arn:aws:backup:" + REPLICA_REGION + ":" + account.accountId()
                + ":recovery-point:" + id("replica-point", r, day).toUpperCase(Locale.ROOT));
        copy.putObject("DestinationRecoveryPointLifecycle").put("DeleteAfterDays", 90);
        copy.put("ResourceArn", resource.arn());
        copy.put("ResourceType", resource.type());
        copy.put("ResourceName", resource.name());
        copy.put("CreationDate", start.plus(Duration.ofMinutes(25)).toString());
        copy.put("CompletionDate", start.plus(Duration.ofMinutes(50)).toString());
        copy.put("State", "COMPLETED");
        copy.put("MessageCategory", "SUCCESS");
        copy.put("BackupSizeInBytes", 10_737_418_240L);
        copy.put("IamRoleArn", role());
        copy.set("CreatedBy", createdBy());
        copy.put("CreatedByBackupJobId", jobId);
        return copy;
    }

    private ObjectNode restore(Resource resource, String vaultArn) {
        int r = resource.index();
        String type = resource.type();
        String resourceArn = resource.arn();
        Instant start = newest.minus(Duration.ofDays(2)).plus(Duration.ofHours(4));
        ObjectNode restore = JSON.createObjectNode();
        restore.put("AccountId", account.accountId());
        restore.put("RestoreJobId", id("restore", r, 0).toUpperCase(Locale.ROOT));
        restore.put("RecoveryPointArn", arn("backup", "recovery-point:" + id("point", r, 2).toUpperCase(Locale.ROOT)));
        restore.put("SourceResourceArn", resourceArn);
        restore.put("BackupVaultArn", vaultArn);
        restore.put("CreationDate", start.toString());
        restore.put("CompletionDate", start.plus(Duration.ofMinutes(35)).toString());
        restore.put("Status", "COMPLETED");
        restore.put("PercentDone", "100.00%");
        restore.put("BackupSizeInBytes", 10_737_418_240L);
        restore.put("IamRoleArn", "arn:aws:iam::" + account.accountId() + ":role/backup-restore-test");
        restore.put("CreatedResourceArn", resourceArn + "-restore-test");
        restore.put("ResourceType", type);
        restore.put("IsParent", false);
        return restore;
    }

    private ObjectNode vault(String vaultArn) {
        ObjectNode vault = JSON.createObjectNode();
        vault.put("BackupVaultName", vaultName());
        vault.put("BackupVaultArn", vaultArn);
        vault.put("VaultType", "BACKUP_VAULT");
        vault.put("VaultState", "AVAILABLE");
        vault.put("CreationDate", newest.minus(Duration.ofDays(400)).toString());
        vault.put("EncryptionKeyArn", keyArn(region));
        vault.put("EncryptionKeyType", "CUSTOMER_MANAGED_KMS_KEY");
        vault.put("NumberOfRecoveryPoints", DAYS * RESOURCES.length);
        vault.put("Locked", true);
        vault.put("MinRetentionDays", 90);
        vault.put("MaxRetentionDays", 36500);
        vault.put("LockDate", newest.minus(Duration.ofDays(397)).toString());
        return vault;
    }

    private ObjectNode accessPolicy(String vaultArn) {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("BackupVaultName", vaultName());
        policy.put("BackupVaultArn", vaultArn);
        policy.put("Policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyRecoveryPointDeletion\","
                + "\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"backup:DeleteRecoveryPoint\","
                + "\"backup:UpdateRecoveryPointLifecycle\",\"backup:PutBackupVaultAccessPolicy\"],\"Resource\":\""
                + arn("backup", "recovery-point:*") + "\"}]}");
        return policy;
    }

    private ObjectNode notifications(String vaultArn) {
        ObjectNode notifications = JSON.createObjectNode();
        notifications.put("BackupVaultName", vaultName());
        notifications.put("BackupVaultArn", vaultArn);
        notifications.put("SNSTopicArn", "arn:aws:sns:" + region + ":" + account.accountId() + ":backup-events");
        ArrayNode events = notifications.putArray("BackupVaultEvents");
        List.of("BACKUP_JOB_FAILED", "BACKUP_JOB_EXPIRED", "COPY_JOB_FAILED", "RESTORE_JOB_COMPLETED")
                .forEach(events::add);
        return notifications;
    }

    private ObjectNode plan() {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode plan = json.putObject("BackupPlan");
        plan.put("BackupPlanName", planName());
        ArrayNode rules = plan.putArray("Rules");
        rule(rules, "daily-backups", "cron(0 1 * * ? *)", 0, 90);
        rule(rules, "weekly-backups", "cron(0 1 ? * SUN *)", 90, 365);
        rule(rules, "monthly-backups", "cron(0 1 1 * ? *)", 30, 2555);
        json.put("BackupPlanId", planId());
        json.put("BackupPlanArn", planArn());
        json.put("VersionId", id("version", 0, 0));
        json.put("CreationDate", newest.minus(Duration.ofDays(400)).toString());
        json.put("LastExecutionDate", newest.toString());
        return json;
    }

    private void rule(ArrayNode rules, String name, String cron, int coldAfter, int deleteAfter) {
        ObjectNode rule = rules.addObject();
        rule.put("RuleName", name);
        rule.put("TargetBackupVaultName", vaultName());
        rule.put("ScheduleExpression", cron);
        rule.put("StartWindowMinutes", 60);
        rule.put("CompletionWindowMinutes", 10080);
        ObjectNode lifecycle = rule.putObject("Lifecycle");
        if (coldAfter > 0) {
            lifecycle.put("MoveToColdStorageAfterDays", coldAfter);
        }
        lifecycle.put("DeleteAfterDays", deleteAfter);
        rule.put("RuleId", id("rule-" + name, 0, 0));
        ObjectNode copy = rule.putArray("CopyActions").addObject();
        copy.set("Lifecycle", lifecycle.deepCopy());
        copy.put("DestinationBackupVaultArn", replicaVaultArn());
        rule.put("EnableContinuousBackup", false);
        rule.put("ScheduleExpressionTimezone", "Etc/UTC");
    }

    private ObjectNode selection() {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode body = json.putObject("BackupSelection");
        body.put("SelectionName", account.name() + "-resources");
        body.put("IamRoleArn", role());
        ArrayNode resources = body.putArray("Resources");
        for (int r = 0; r < RESOURCES.length; r++) {
            resources.add(resourceArn(r));
        }
        body.putArray("ListOfTags");
        body.putArray("NotResources");
        json.put("SelectionId", id("selection", 0, 0));
        json.put("BackupPlanId", planId());
        json.put("CreationDate", newest.minus(Duration.ofDays(400)).toString());
        return json;
    }

    private ObjectNode createdBy() {
        ObjectNode createdBy = JSON.createObjectNode();
        createdBy.put("BackupPlanId", planId());
        createdBy.put("BackupPlanArn", planArn());
        createdBy.put("BackupPlanName", planName());
        createdBy.put("BackupPlanVersion", id("version", 0, 0));
        createdBy.put("BackupRuleId", id("rule-daily-backups", 0, 0));
        createdBy.put("BackupRuleName", "daily-backups");
        createdBy.put("BackupRuleCron", "cron(0 1 * * ? *)");
        createdBy.put("BackupRuleTimezone", "Etc/UTC");
        return createdBy;
    }

    private String resourceArn(int r) {
        String[] kind = RESOURCES[r];
        String id = switch (kind[0]) {
            case "EBS" -> "vol-" + hex("volume", 17);
            case "EFS" -> "fs-" + hex("files", 8);
            default -> account.name() + "-" + kind[2];
        };
        String separator = kind[0].equals("RDS") ? ":" : "/";
        return "arn:aws:" + kind[1] + ":" + region + ":" + account.accountId() + ":" + kind[2] + separator + id;
    }

    private String vaultName() {
        return account.name() + "-vault";
    }

    private String replicaVaultArn() {
        return "arn:aws:backup:" + REPLICA_REGION + ":" + account.accountId() + ":backup-vault:" + account.name()
                + "-vault-replica";
    }

    private String planName() {
        return account.name() + "-backup-plan";
    }

    private String planId() {
        return id("plan", 0, 0);
    }

    private String planArn() {
        return arn("backup", "backup-plan:" + planId());
    }

    private String role() {
        return "arn:aws:iam::" + account.accountId() + ":role/backup-service-role";
    }

    private String keyArn(String keyRegion) {
        return "arn:aws:kms:" + keyRegion + ":" + account.accountId() + ":key/" + id("key", 0, 0);
    }

    private String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + account.accountId() + ":" + resource;
    }

    private String id(String what, int resource, int day) {
        return UUID.nameUUIDFromBytes((account.accountId() + "/" + region + "/" + what + "/" + resource + "/" + day)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String hex(String what, int length) {
        return id(what, 0, 0).replace("-", "").substring(0, length);
    }
}
