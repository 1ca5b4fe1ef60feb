package com.backupsentinel.standins.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Vaults, plans (with the seed's schedules and retention), rules and selections of the demo account. */
final class DemoPlans {

    static final String BACKUP_ROLE = "arn:aws:iam::" + Demo.ACCOUNT + ":role/arrakis-backup-role-";
    static final String DAILY_PRODUCTION = "cron(0 1 * * ? *)";
    static final String WEEKLY = "cron(0 1 ? * SUN *)";
    static final String MONTHLY = "cron(0 1 1 * ? *)";
    static final String DAILY_STAGING = "cron(0 2 * * ? *)";

    final Demo.Vault production;
    final Demo.Vault staging;
    final Demo.Vault replica;
    final Demo.Vault airGapped;
    final Demo.Rule daily;
    final Demo.Rule weekly;
    final Demo.Rule monthly;
    final Demo.Rule stagingDaily;
    final List<Demo.Selection> selections;
    final Map<String, Instant> planCreated = new LinkedHashMap<>();
    final Map<String, String> planNames = new LinkedHashMap<>();

    DemoPlans(DemoIds ids, List<Demo.Resource> resources) {
        production = new Demo.Vault("arrakis-backup-vault-production", Demo.PRIMARY, key(Demo.PRIMARY, ids),
                "CUSTOMER_MANAGED_KMS_KEY", true, Instant.parse("2026-02-14T09:12:41Z"), denyDeletePolicy(Demo.PRIMARY),
                "arn:aws:sns:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":arrakis-backup-notifications-production",
                "BACKUP_VAULT", false, 30, 36500);
        staging = new Demo.Vault("arrakis-backup-vault-staging", Demo.PRIMARY, key(Demo.PRIMARY, ids), "AWS_OWNED_KMS_KEY", false,
                Instant.parse("2026-02-14T09:14:03Z"), null, null, "BACKUP_VAULT", false, 0, 0);
        replica = new Demo.Vault("arrakis-backup-vault-replica-production", Demo.REPLICA, key(Demo.REPLICA, ids),
                "CUSTOMER_MANAGED_KMS_KEY", true, Instant.parse("2026-02-14T09:15:27Z"), denyDeletePolicy(Demo.REPLICA), null,
                "BACKUP_VAULT", true, 30, 36500);
        airGapped = new Demo.Vault("arrakis-airgapped-vault-production", Demo.PRIMARY, null, "AWS_OWNED_KMS_KEY", true,
                Instant.parse("2026-09-30T11:02:17Z"), null, null, "LOGICALLY_AIR_GAPPED_BACKUP_VAULT", true, 90, 2555);
        String productionPlan = ids.uuid();
        String productionVersion = ids.versionId();
        daily = new Demo.Rule(productionPlan, "arrakis-backup-plan-production", productionVersion, "daily-backups", ids.uuid(),
                DAILY_PRODUCTION, production, 90, null, replica);
        weekly = new Demo.Rule(productionPlan, "arrakis-backup-plan-production", productionVersion, "weekly-backups", ids.uuid(),
                WEEKLY, production, 365, 90, replica);
        monthly = new Demo.Rule(productionPlan, "arrakis-backup-plan-production", productionVersion, "monthly-backups",
                ids.uuid(), MONTHLY, production, 2555, 30, replica);
        String stagingPlan = ids.uuid();
        stagingDaily = new Demo.Rule(stagingPlan, "arrakis-backup-plan-staging", ids.versionId(), "daily-backups", ids.uuid(),
                DAILY_STAGING, staging, 35, null, null);
        planCreated.put(productionPlan, Instant.parse("2026-02-14T09:20:11Z"));
        planCreated.put(stagingPlan, Instant.parse("2026-02-14T09:21:45Z"));
        planNames.put(productionPlan, daily.planName());
        planNames.put(stagingPlan, stagingDaily.planName());
        List<String> databases = resources.stream()
                .filter(r -> r.environment().equals("production") && !r.type().equals("EBS")
                        && !r.name().equals("arrakis-legacy-production") && !r.name().equals("arrakis-logs-production"))
                .map(Demo.Resource::arn).toList();
        selections = List.of(
                new Demo.Selection(ids.uuid(), productionPlan, "arrakis-production-databases", BACKUP_ROLE + "production",
                        databases, Map.of(), Map.of()),
                new Demo.Selection(ids.uuid(), productionPlan, "arrakis-production-ebs", BACKUP_ROLE + "production",
                        List.of("arn:aws:ec2:*:*:volume/*"),
                        orderedMap("aws:ResourceTag/KubernetesCluster", "arrakis-production",
                                "aws:ResourceTag/Environment", "production"),
                        Map.of("aws:ResourceTag/VolumeType", "temporary")),
                new Demo.Selection(ids.uuid(), stagingPlan, "arrakis-staging-tagged", BACKUP_ROLE + "staging", List.of("*"),
                        Map.of("aws:ResourceTag/Environment", "staging"), Map.of("aws:ResourceTag/VolumeType", "temporary")));
    }

    List<Demo.Vault> vaults() {
        return List.of(production, staging, replica, airGapped);
    }

    List<Demo.Rule> rules(String planId) {
        return List.of(daily, weekly, monthly, stagingDaily).stream().filter(rule -> rule.planId().equals(planId)).toList();
    }

    /** The plan whose rules back up a resource, by the selections that match it. */
    String planOf(Demo.Resource resource) {
        for (Demo.Selection selection : selections) {
            if (SelectionEvaluator.selects(selection, resource)) {
                return selection.planId();
            }
        }
        return null;
    }

    private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static String key(String region, DemoIds ids) {
        return "arn:aws:kms:" + region + ":" + Demo.ACCOUNT + ":key/" + ids.uuid();
    }

    private static String denyDeletePolicy(String region) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyRecoveryPointDeletion\",\"Effect\":\"Deny\","
                + "\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"backup:DeleteRecoveryPoint\",\"backup:UpdateRecoveryPointLifecycle\","
                + "\"backup:PutBackupVaultAccessPolicy\"],\"Resource\":\"arn:aws:backup:" + region + ":" + Demo.ACCOUNT
                + ":recovery-point:*\",\"Condition\":{\"StringNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::" + Demo.ACCOUNT
                + ":role/arrakis-backup-admin\"}}}]}";
    }
}
