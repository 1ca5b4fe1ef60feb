package com.backupsentinel.validator;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A large generated account for the benchmark: {@code resources} EBS volumes and RDS databases, backup jobs spread
 * over 14 days, recovery points spread over four vaults, copy jobs, restore jobs for one resource in ten, and two
 * tag-selecting plans. Deterministic (fixed
 * seed), built straight into the stand-in's inventory without keeping copies.
 */
final class BenchmarkInventory {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-west-2";
    static final String[] VAULTS = {"bench-vault-production", "bench-vault-staging", "bench-vault-archive",
        "bench-vault-scratch"};
    static final String[] STATES = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
        "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
        "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "FAILED", "EXPIRED"};

    private BenchmarkInventory() {
    }

    static Inventory generate(Instant now, int resources, int backupJobs, int recoveryPoints) {
        return generate(now, resources, backupJobs, recoveryPoints, 0);
    }

    /**
     * As above, plus {@code scanJobs} malware scan jobs of the recovery points (the production plan's daily rule scans
     * them), and every other restore job without SourceResourceArn, so the validator attributes it through the vault
     * listing.
     */
    static Inventory generate(Instant now, int resources, int backupJobs, int recoveryPoints, int scanJobs) {
        Random random = new Random(20261122L);
        InventoryBuilder builder = Inventory.builder(ACCOUNT, REGION);
        for (String vault : VAULTS) {
            ObjectNode node = Json.mapper().createObjectNode().put("BackupVaultName", vault)
                    .put("BackupVaultArn", "arn:aws:backup:" + REGION + ":" + ACCOUNT + ":backup-vault:" + vault)
                    .put("EncryptionKeyArn", "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + vault)
                    .put("EncryptionKeyType", "CUSTOMER_MANAGED_KMS_KEY").put("Locked", false);
            builder.backupVault(REGION, node);
        }
        for (int r = 0; r < resources; r++) {
            builder.protectedResource(REGION, Json.mapper().createObjectNode().put("ResourceArn", arn(r))
                    .put("ResourceType", type(r)).put("ResourceName", "bench-" + r));
            ObjectNode tagged = Json.mapper().createObjectNode().put("ResourceARN", arn(r));
            tagged.putArray("Tags").addObject().put("Key", "Environment").put("Value", r % 2 == 0 ? "production"
                    : "staging");
            builder.taggedResource(REGION, tagged);
        }
        plans(builder);
        for (int t = 0; t < resources / 10; t++) {
            Instant created = now.minusSeconds(86_400L * (1 + t % 13));
            ObjectNode restore = Json.mapper().createObjectNode().put("AccountId", ACCOUNT)
                    .put("RestoreJobId", "restore-" + t).put("ResourceType", type(t * 10))
                    .put("RecoveryPointArn", pointArn(t * 10))
                    .put("BackupVaultArn", "arn:aws:backup:" + REGION + ":" + ACCOUNT + ":backup-vault:"
                            + VAULTS[(t * 10) % resources % VAULTS.length])
                    .put("Status", "COMPLETED").put("CreationDate", created.toString())
                    .put("CompletionDate", created.plusSeconds(1800 + 60L * (t % 300)).toString());
            if (scanJobs == 0 || t % 2 == 0) {
                restore.put("SourceResourceArn", arn(t * 10));
            }
            builder.restoreJob(REGION, restore);
        }
        Duration history = Duration.ofDays(14);
        for (int j = 0; j < backupJobs; j++) {
            int r = j % resources;
            Instant created = now.minusSeconds((long) (history.toSeconds() * ((double) j / backupJobs)));
            String state = j < resources / 50 ? "RUNNING" : STATES[random.nextInt(STATES.length)];
            ObjectNode job = Json.mapper().createObjectNode().put("AccountId", ACCOUNT).put("BackupJobId", "job-" + j)
                    .put("BackupVaultName", VAULTS[r % VAULTS.length]).put("ResourceArn", arn(r))
                    .put("ResourceType", type(r)).put("State", state).put("CreationDate", created.toString());
            if (!"RUNNING".equals(state)) {
                job.put("CompletionDate", created.plusSeconds(600 + random.nextInt(3000)).toString())
                        .put("MessageCategory", "COMPLETED".equals(state) ? "SUCCESS" : "AccessDenied");
            }
            builder.backupJob(REGION, job);
        }
        for (int c = 0; c < backupJobs / 10; c++) {
            int r = c % resources;
            Instant created = now.minusSeconds((long) (history.toSeconds() * ((double) c / (backupJobs / 10))));
            builder.copyJob(REGION, Json.mapper().createObjectNode().put("AccountId", ACCOUNT).put("CopyJobId", "copy-" + c)
                    .put("SourceBackupVaultArn", "arn:aws:backup:" + REGION + ":" + ACCOUNT + ":backup-vault:" + VAULTS[0])
                    .put("DestinationBackupVaultArn", "arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:replica")
                    .put("ResourceArn", arn(r)).put("ResourceType", type(r)).put("State", "COMPLETED")
                    .put("CreationDate", created.toString()).put("CompletionDate", created.plusSeconds(900).toString()));
        }
        for (int p = 0; p < recoveryPoints; p++) {
            int r = p % resources;
            Instant created = now.minusSeconds((long) (Duration.ofDays(35).toSeconds() * ((double) p / recoveryPoints)));
            ObjectNode point = Json.mapper().createObjectNode().put("RecoveryPointArn", pointArn(p))
                    .put("BackupVaultName", VAULTS[r % VAULTS.length])
                    .put("ResourceArn", arn(r)).put("ResourceType", type(r)).put("Status", "COMPLETED")
                    .put("CreationDate", created.toString()).put("CompletionDate", created.plusSeconds(600).toString())
                    .put("IsEncrypted", true);
            point.putObject("Lifecycle").put("DeleteAfterDays", 35);
            if (scanJobs > 0) {
                point.putObject("CreatedBy").put("BackupPlanId", "bench-plan-production").put("BackupRuleId", "daily");
            }
            builder.recoveryPoint(REGION, point);
        }
        scanJobs(builder, now, resources, recoveryPoints, scanJobs);
        return builder.build();
    }

    /** Scan jobs of the first {@code scanJobs} recovery points, completed over 13 days; one in 500 FAILED. */
    private static void scanJobs(InventoryBuilder builder, Instant now, int resources, int recoveryPoints,
                                 int scanJobs) {
        for (int s = 0; s < scanJobs; s++) {
            int p = s % recoveryPoints;
            Instant completed = now.minusSeconds((long) (Duration.ofDays(13).toSeconds() * ((double) s / scanJobs)));
            ObjectNode scan = Json.mapper().createObjectNode().put("AccountId", ACCOUNT).put("ScanJobId", "scan-" + s)
                    .put("BackupVaultName", VAULTS[p % resources % VAULTS.length]).put("RecoveryPointArn", pointArn(p))
                    .put("ResourceArn", arn(p % resources)).put("ResourceType", "EBS").put("MalwareScanner", "GUARDDUTY")
                    .put("State", s % 500 == 0 ? "FAILED" : "COMPLETED").put("CreationDate",
                            completed.minusSeconds(900).toString()).put("CompletionDate", completed.toString());
            scan.putObject("ScanResult").put("ScanResultStatus", "NO_THREATS_FOUND");
            builder.scanJob(REGION, scan);
        }
    }

    /** A production plan with the seed's three rules and a copy, and a staging plan, each selecting by tag. */
    private static void plans(InventoryBuilder builder) {
        String[][] plans = {{"bench-plan-production", "production"}, {"bench-plan-staging", "staging"}};
        for (String[] plan : plans) {
            ObjectNode node = Json.mapper().createObjectNode().put("BackupPlanId", plan[0])
                    .put("BackupPlanArn", "arn:aws:backup:" + REGION + ":" + ACCOUNT + ":backup-plan:" + plan[0])
                    .put("VersionId", "v1");
            ObjectNode body = node.putObject("BackupPlan").put("BackupPlanName", plan[0]);
            String[][] rules = {{"daily", "cron(0 1 * * ? *)", "90"}, {"weekly", "cron(0 1 ? * SUN *)", "365"},
                {"monthly", "cron(0 1 1 * ? *)", "2555"}};
            for (String[] rule : rules) {
                ObjectNode item = body.withArray("Rules").addObject().put("RuleName", rule[0]).put("RuleId", rule[0])
                        .put("TargetBackupVaultName", VAULTS[0]).put("ScheduleExpression", rule[1]);
                if (rule[0].equals("daily") && plan[1].equals("production")) {
                    item.putArray("ScanActions").addObject().put("MalwareScanner", "GUARDDUTY")
                            .put("ScanMode", "INCREMENTAL_SCAN");
                }
                item.putObject("Lifecycle").put("DeleteAfterDays", Integer.parseInt(rule[2]));
                item.putArray("CopyActions").addObject().put("DestinationBackupVaultArn",
                        "arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:replica");
            }
            builder.backupPlan(REGION, node);
            ObjectNode selection = Json.mapper().createObjectNode().put("BackupPlanId", plan[0])
                    .put("SelectionId", plan[0] + "-selection");
            ObjectNode condition = selection.putObject("BackupSelection").put("SelectionName", plan[1])
                    .put("IamRoleArn", "arn:aws:iam::" + ACCOUNT + ":role/backup").putArray("ListOfTags").addObject();
            condition.put("ConditionType", "STRINGEQUALS").put("ConditionKey", "aws:ResourceTag/Environment")
                    .put("ConditionValue", plan[1]);
            builder.backupSelection(REGION, selection);
        }
    }

    static String pointArn(int point) {
        return "arn:aws:backup:" + REGION + ":" + ACCOUNT + ":recovery-point:rp-" + point;
    }

    static String arn(int resource) {
        return resource % 3 == 0 ? "arn:aws:rds:" + REGION + ":" + ACCOUNT + ":db:bench-" + resource
                : "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":volume/vol-bench-" + resource;
    }

    static String type(int resource) {
        return resource % 3 == 0 ? "RDS" : "EBS";
    }
}
