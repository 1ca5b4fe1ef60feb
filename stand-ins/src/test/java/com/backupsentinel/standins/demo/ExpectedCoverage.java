package com.backupsentinel.standins.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coverage, plan policy, vault protection and copy configuration. */
final class ExpectedCoverage {

    private static final Set<String> IN_SCOPE_ENVIRONMENTS = Set.of("production", "staging");

    private final DemoAccount account;
    private final Markdown md;

    ExpectedCoverage(DemoAccount account, Markdown md) {
        this.account = account;
        this.md = md;
    }

    void render() {
        coverage();
        plans();
        vaults();
    }

    private void coverage() {
        md.heading("6. Coverage");
        Map<String, Long> byType = DemoExpected.count(account.resources, r -> true, Demo.Resource::type);
        md.line("Tagged resources of protectable types in " + Demo.PRIMARY + " (Resource Groups Tagging API, ResourceTypeFilters "
                + "rds:db, ec2:volume, elasticfilesystem:file-system, dynamodb:table, s3): **" + account.resources.size()
                + "** " + byType + ". (The tagging export also lists the backup vaults, which those filters exclude.)");
        md.line("Selected by a backup plan: **" + account.selected().size() + "**. Not selected by any plan: **"
                + (account.resources.size() - account.selected().size()) + "**:");
        md.line("");
        md.header(List.of("Resource", "Type", "Tags", "In scope (Environment production/staging, not VolumeType=temporary)"));
        int gaps = 0;
        for (Demo.Resource resource : account.resources) {
            if (account.plans.planOf(resource) == null) {
                boolean inScope = IN_SCOPE_ENVIRONMENTS.contains(resource.environment())
                        && !"temporary".equals(resource.tags().get("VolumeType"));
                gaps += inScope ? 1 : 0;
                md.row(List.of(resource.name(), resource.type(), resource.tags(), inScope ? "yes: coverage gap" : "no"));
            }
        }
        md.line("");
        md.line("Coverage gaps (in scope, selected by no plan): **" + gaps + "**. arrakis-staging-scratch-0 is excluded by the "
                + "staging selection's StringNotEquals VolumeType=temporary condition and must not be reported as a gap.");
        md.line("");
        List<String> silent = account.selected().stream().filter(r -> account.history.points.stream()
                .noneMatch(p -> p.resource() == r && p.vault().region().equals(Demo.PRIMARY) && DemoExpected.inWindow(p.created())))
                .map(Demo.Resource::name).toList();
        md.line("Selected resources with no recovery point created in the 24 h window: **" + silent.size() + "** ("
                + String.join(", ", silent) + "): the RPO control reports them (section 4); coverage does not report"
                + " them twice. Coverage reports a selected resource only when AWS Backup holds no recovery point of it"
                + " at all (none here).");
        md.line("");
        md.line("list-protected-resources: " + Demo.PRIMARY + " **" + account.selected().size() + "**, " + Demo.REPLICA + " **"
                + account.selected().stream().filter(r -> r.environment().equals("production")).count()
                + "** (the production resources, through their copies).");
        md.line("");
        new FiguresOfConfig(account).coverage().render(md);
    }

    private void plans() {
        md.heading("7. Plans and 9. copies");
        md.header(List.of("Plan", "Rule", "Schedule", "Vault", "Cold after (days)", "Delete after (days)", "Copy to"));
        for (String planId : account.plans.planCreated.keySet()) {
            for (Demo.Rule rule : account.plans.rules(planId)) {
                md.row(List.of(rule.planName(), rule.name(), "`" + rule.cron() + "`", rule.vault().name(),
                        rule.coldAfterDays() == null ? "-" : rule.coldAfterDays(), rule.deleteAfterDays(),
                        rule.copyTo() == null ? "none" : rule.copyTo().arn()));
            }
        }
        md.line("");
        md.line("- Production has the seed's daily (90 days), weekly (365 days, cold after 90) and monthly (2555 days, cold "
                + "after 30) rules, each with a cross-region copy to " + Demo.REPLICA + "; every cold-storage transition "
                + "leaves at least 90 days before deletion. On Sundays (Nov 15 and 22) the weekly rule supersedes the daily one "
                + "(AWS Backup runs the longest-retention rule due at the same time).");
        md.line("- Staging has one daily rule (35 days) and **no cross-region copy action**: a control 9 finding (the seed "
                + "enables cross-region copies for staging).");
        md.line("- No monthly jobs fall in the 14 days (the last monthly run was Nov 1); its recovery points are in the "
                + "vaults.");
        md.line("- Every rule starts within 60 minutes and completes within 480 (production) or 1440 (staging) minutes"
                + " (StartWindowMinutes, CompletionWindowMinutes): section 2 holds running jobs to them. The production"
                + " daily rule has a GuardDuty malware scan action (INCREMENTAL_SCAN): section 10.");
        md.line("");
        FiguresOfConfig config = new FiguresOfConfig(account);
        config.planPolicy().render(md);
        config.copies().render(md);
    }

    private void vaults() {
        md.heading("8. Vault protection (vault posture)");
        md.header(List.of("Vault", "Region", "Type", "Key type", "Lock (min/max days)", "Lock mode",
                "Access policy denies DeleteRecoveryPoint", "MPA approval team", "Notifications"));
        for (Demo.Vault vault : account.plans.vaults()) {
            boolean airGapped = vault.type().equals("LOGICALLY_AIR_GAPPED_BACKUP_VAULT");
            md.row(List.of(vault.name(), vault.region(), vault.type(), vault.keyType(),
                    vault.locked() ? "yes (" + vault.minDays() + "/" + vault.maxDays() + ")" : "no",
                    !vault.locked() ? "-" : vault.compliance() ? "compliance (LockDate)" : "governance (no LockDate)",
                    airGapped ? "n/a (air-gapped)" : vault.policy() != null ? "yes" : "no policy (404)",
                    airGapped ? "none" : "n/a", vault.topicArn() != null ? vault.topicArn() : "none (404)"));
        }
        md.line("");
        md.line("The seed locks production vaults (WORM): compliance mode, minimum retention at least production's 90"
                + " days. arrakis-backup-vault-production is locked in governance mode with a 30-day minimum (two"
                + " WARNINGs); arrakis-backup-vault-staging has an AWS-owned key and no access policy (staging needs no"
                + " lock); the logically air-gapped vault (AWS encrypts it; its compliance lock forbids early deletion) has"
                + " no multi-party approval team to recover it if the account is compromised (WARNING). The validator runs"
                + " in us-west-2 only (REGIONS), so the replica vault is not evaluated. BACKUP_VAULT_NAME is the demo's"
                + " arrakis-backup-vault-production (demo-account/env-vars.json), which exists.");
        md.line("");
        new FiguresOfConfig(account).vaultProtection().render(md);
    }
}
