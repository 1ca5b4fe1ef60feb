package com.backupsentinel.standins.demo;

import com.backupsentinel.standins.inventory.InventoryManifest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes the demo account as a folder of AWS CLI exports (the format of {@code demo-account/README.md}). */
final class DemoFiles {

    private final DemoAccount account;
    private final Path root;

    DemoFiles(DemoAccount account, Path root) {
        this.account = account;
        this.root = root;
    }

    void write() {
        CliJson.write(root.resolve("manifest.json"),
                new InventoryManifest(Demo.ACCOUNT, Demo.PRIMARY, Demo.EXPORTED_AT, true).toJson());
        ObjectNode aliases = CliJson.object();
        aliases.putArray("AccountAliases").add(Demo.ALIAS);
        CliJson.write(root.resolve("iam-list-account-aliases.json"), aliases);
        for (String region : List.of(Demo.PRIMARY, Demo.REPLICA)) {
            Path dir = root.resolve(region);
            vaults(dir, region);
            recoveryPoints(dir, region);
            protectedResources(dir, region);
            tags(dir, region);
        }
        Path primary = root.resolve(Demo.PRIMARY);
        plans(primary);
        CliJson.write(primary.resolve("list-backup-jobs.json"), list("BackupJobs", account.history.backupJobs,
                Demo.BackupJob::created, DemoJson::backupJob));
        CliJson.write(primary.resolve("list-copy-jobs.json"), list("CopyJobs", account.history.copyJobs,
                Demo.CopyJob::created, DemoJson::copyJob));
        CliJson.write(primary.resolve("list-restore-jobs.json"), list("RestoreJobs", account.restores.jobs,
                Demo.RestoreJob::created, DemoJson::restoreJob));
        CliJson.write(primary.resolve("list-scan-jobs.json"), list("ScanJobs", account.scans.jobs,
                Demo.ScanJob::created, DemoJson::scanJob));
        restoreTesting(primary);
    }

    private void vaults(Path dir, String region) {
        ObjectNode list = CliJson.object();
        ArrayNode vaults = list.putArray("BackupVaultList");
        for (Demo.Vault vault : account.plans.vaults()) {
            if (!vault.region().equals(region)) {
                continue;
            }
            long count = account.history.points.stream().filter(p -> p.vault() == vault).count();
            vaults.add(DemoJson.vault(vault, (int) count));
            if (vault.policy() != null) {
                ObjectNode policy = CliJson.object();
                policy.put("BackupVaultName", vault.name());
                policy.put("BackupVaultArn", vault.arn());
                policy.put("Policy", vault.policy());
                CliJson.write(dir.resolve("get-backup-vault-access-policy").resolve(vault.name() + ".json"), policy);
            }
            if (vault.topicArn() != null) {
                ObjectNode notifications = CliJson.object();
                notifications.put("BackupVaultName", vault.name());
                notifications.put("BackupVaultArn", vault.arn());
                notifications.put("SNSTopicArn", vault.topicArn());
                ArrayNode events = notifications.putArray("BackupVaultEvents");
                List.of("BACKUP_JOB_FAILED", "BACKUP_JOB_EXPIRED", "COPY_JOB_FAILED", "RESTORE_JOB_COMPLETED",
                        "RECOVERY_POINT_MODIFIED").forEach(events::add);
                CliJson.write(dir.resolve("get-backup-vault-notifications").resolve(vault.name() + ".json"), notifications);
            }
        }
        CliJson.write(dir.resolve("list-backup-vaults.json"), list);
    }

    private void plans(Path dir) {
        ObjectNode list = CliJson.object();
        ArrayNode plans = list.putArray("BackupPlansList");
        for (Map.Entry<String, Instant> plan : account.plans.planCreated.entrySet()) {
            String planId = plan.getKey();
            List<Demo.Rule> rules = account.plans.rules(planId);
            Demo.Rule first = rules.get(0);
            ObjectNode detail = DemoPlanJson.plan(first, rules, plan.getValue());
            CliJson.write(dir.resolve("get-backup-plan").resolve(planId + ".json"), detail);
            ObjectNode item = plans.addObject();
            item.put("BackupPlanArn", first.planArn());
            item.put("BackupPlanId", planId);
            item.put("CreationDate", CliJson.time(plan.getValue()));
            item.put("VersionId", first.versionId());
            item.put("BackupPlanName", first.planName());
            item.put("CreatorRequestId", "terraform-" + first.planName());
            item.put("LastExecutionDate", detail.get("LastExecutionDate").asText());
            ObjectNode selections = CliJson.object();
            ArrayNode selectionList = selections.putArray("BackupSelectionsList");
            for (Demo.Selection selection : account.plans.selections) {
                if (selection.planId().equals(planId)) {
                    selectionList.add(DemoPlanJson.selectionItem(selection, plan.getValue()));
                    CliJson.write(dir.resolve("get-backup-selection").resolve(planId).resolve(selection.id() + ".json"),
                            DemoPlanJson.selection(selection, plan.getValue()));
                }
            }
            CliJson.write(dir.resolve("list-backup-selections").resolve(planId + ".json"), selections);
        }
        CliJson.write(dir.resolve("list-backup-plans.json"), list);
    }

    /**
     * The weekly restore testing plan (its four selections, one per resource type it tests) and a monthly plan that
     * was created without selections and never ran.
     */
    private void restoreTesting(Path dir) {
        ObjectNode plans = CliJson.object();
        ArrayNode list = plans.putArray("RestoreTestingPlans");
        ObjectNode weekly = list.addObject();
        weekly.put("CreationTime", CliJson.time(Instant.parse("2026-10-20T09:00:00Z")));
        weekly.put("LastExecutionTime", CliJson.time(DemoRestores.WEEKLY_LAST_EXECUTION));
        weekly.put("LastUpdateTime", CliJson.time(Instant.parse("2026-10-20T09:00:00Z")));
        weekly.put("RestoreTestingPlanArn", DemoRestores.TESTING_PLAN);
        weekly.put("RestoreTestingPlanName", DemoRestores.TESTING_PLAN_NAME);
        weekly.put("ScheduleExpression", "cron(0 4 ? * TUE *)");
        weekly.put("ScheduleExpressionTimezone", "Etc/UTC");
        weekly.put("StartWindowHours", 2);
        ObjectNode monthly = list.addObject();
        monthly.put("CreationTime", CliJson.time(Instant.parse("2026-11-02T14:31:08Z")));
        monthly.put("RestoreTestingPlanArn", DemoRestores.MONTHLY_PLAN);
        monthly.put("RestoreTestingPlanName", DemoRestores.MONTHLY_PLAN_NAME);
        monthly.put("ScheduleExpression", "cron(0 5 1 * ? *)");
        monthly.put("ScheduleExpressionTimezone", "Etc/UTC");
        monthly.put("StartWindowHours", 24);
        CliJson.write(dir.resolve("list-restore-testing-plans.json"), plans);
        ObjectNode selections = CliJson.object();
        ArrayNode items = selections.putArray("RestoreTestingSelections");
        for (String type : DemoRestores.TESTED_TYPES) {
            ObjectNode item = items.addObject();
            item.put("CreationTime", CliJson.time(Instant.parse("2026-10-20T09:05:00Z")));
            item.put("IamRoleArn", "arn:aws:iam::" + Demo.ACCOUNT + ":role/arrakis-restore-role-production");
            item.put("ProtectedResourceType", type);
            item.put("RestoreTestingPlanName", DemoRestores.TESTING_PLAN_NAME);
            item.put("RestoreTestingSelectionName", "production_" + type.toLowerCase(java.util.Locale.ROOT));
            item.put("ValidationWindowHours", 2);
        }
        CliJson.write(dir.resolve("list-restore-testing-selections").resolve(DemoRestores.TESTING_PLAN_NAME + ".json"),
                selections);
        ObjectNode none = CliJson.object();
        none.putArray("RestoreTestingSelections");
        CliJson.write(dir.resolve("list-restore-testing-selections").resolve(DemoRestores.MONTHLY_PLAN_NAME + ".json"),
                none);
    }

    private void recoveryPoints(Path dir, String region) {
        Map<Demo.Point, Instant> lastRestore = new LinkedHashMap<>();
        for (Demo.RestoreJob restore : account.restores.jobs) {
            if (restore.status().equals("COMPLETED")) {
                lastRestore.merge(restore.point(), restore.created(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Demo.Vault vault : account.plans.vaults()) {
            if (vault.region().equals(region)) {
                List<Demo.Point> points = account.history.points.stream().filter(p -> p.vault() == vault).toList();
                CliJson.write(dir.resolve("list-recovery-points-by-backup-vault").resolve(vault.name() + ".json"),
                        list("RecoveryPoints", points, Demo.Point::created, p -> DemoJson.recoveryPoint(p, lastRestore.get(p),
                                account.scans.byPoint.get(p))));
            }
        }
    }

    private void protectedResources(Path dir, String region) {
        ObjectNode list = CliJson.object();
        ArrayNode results = list.putArray("Results");
        for (Demo.Resource resource : account.resources) {
            account.history.points.stream()
                    .filter(p -> p.resource() == resource && p.vault().region().equals(region))
                    .max(Comparator.comparing(Demo.Point::created))
                    .ifPresent(newest -> {
                        ObjectNode item = results.addObject();
                        item.put("ResourceArn", resource.arn());
                        item.put("ResourceType", resource.type());
                        item.put("LastBackupTime", CliJson.time(newest.created()));
                        item.put("ResourceName", resource.name());
                        item.put("LastBackupVaultArn", newest.vault().arn());
                        item.put("LastRecoveryPointArn", newest.arn());
                    });
        }
        CliJson.write(dir.resolve("list-protected-resources.json"), list);
    }

    private void tags(Path dir, String region) {
        ObjectNode list = CliJson.object();
        list.put("PaginationToken", "");
        ArrayNode mappings = list.putArray("ResourceTagMappingList");
        if (region.equals(Demo.PRIMARY)) {
            account.resources.forEach(resource -> mappings.add(DemoJson.tagMapping(resource.arn(), resource.tags())));
        }
        for (Demo.Vault vault : account.plans.vaults()) {
            if (vault.region().equals(region)) {
                String env = vault.name().contains("staging") ? "staging" : "production";
                Map<String, String> tags = new LinkedHashMap<>();
                tags.put("Environment", env);
                tags.put("Project", "arrakis");
                mappings.add(DemoJson.tagMapping(vault.arn(), tags));
            }
        }
        CliJson.write(dir.resolve("resourcegroupstaggingapi-get-resources.json"), list);
    }

    /** {@code {"<member>": [...]}} newest first, as AWS lists jobs and recovery points. */
    private static <T> ObjectNode list(String member, List<T> items, Function<T, Instant> created,
                                       Function<T, ObjectNode> render) {
        ObjectNode list = CliJson.object();
        ArrayNode array = list.putArray(member);
        items.stream().sorted(Comparator.comparing(created).reversed()).map(render).forEach(array::add);
        return list;
    }
}
