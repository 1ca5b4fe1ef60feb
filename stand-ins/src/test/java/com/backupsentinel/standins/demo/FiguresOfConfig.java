package com.backupsentinel.standins.demo;

import java.util.List;
import java.util.Set;

/**
 * The oracle for the configuration controls of us-west-2, from the model: coverage (in scope = Environment
 * production or staging, not VolumeType=temporary), plan policy, vault protection (the seed locks production vaults:
 * compliance mode, minimum retention of 90 days; air-gapped vaults need an approval team) and copies.
 */
final class FiguresOfConfig {

    private static final Set<String> IN_SCOPE = Set.of("production", "staging");

    private final DemoAccount account;

    FiguresOfConfig(DemoAccount account) {
        this.account = account;
    }

    ControlExpectation coverage() {
        ControlExpectation expected = new ControlExpectation("coverage");
        int excluded = 0;
        int outOfScope = 0;
        int inScope = 0;
        int notSelected = 0;
        for (Demo.Resource resource : account.resources) {
            if ("temporary".equals(resource.tags().get("VolumeType"))) {
                excluded++;
            } else if (!IN_SCOPE.contains(resource.environment())) {
                outOfScope++;
            } else {
                inScope++;
                if (account.plans.planOf(resource) == null) {
                    notSelected++;
                    expected.finding("selected_by_backup_plan", resource.name());
                }
            }
        }
        return expected.figure("resourcesInScope", inScope).figure("excludedByTag", excluded)
                .figure("outOfScope", outOfScope).figure("notSelectedByAnyPlan", notSelected)
                .figure("selectedByPlans", inScope - notSelected).figure("selectedNeverBackedUp", 0);
    }

    ControlExpectation planPolicy() {
        ControlExpectation expected = new ControlExpectation("plan_policy");
        List<Demo.Rule> rules = account.plans.planCreated.keySet().stream()
                .flatMap(plan -> account.plans.rules(plan).stream()).toList();
        for (Demo.Rule rule : rules) {
            int minimum = rule.planName().contains("production") ? 90 : 30;
            if (rule.deleteAfterDays() < minimum) {
                expected.finding("rule_min_retention", rule.planName());
            }
            if (rule.coldAfterDays() != null && rule.deleteAfterDays() - rule.coldAfterDays() < 90) {
                expected.finding("cold_storage_minimum", rule.planName());
            }
        }
        return expected.figure("plans", account.plans.planCreated.size()).figure("rules", rules.size());
    }

    ControlExpectation vaultProtection() {
        ControlExpectation expected = new ControlExpectation("vault_protection");
        List<Demo.Vault> vaults = account.plans.vaults().stream().filter(v -> v.region().equals(Demo.PRIMARY))
                .toList();
        for (Demo.Vault vault : vaults) {
            boolean airGapped = vault.type().equals("LOGICALLY_AIR_GAPPED_BACKUP_VAULT");
            if (!airGapped && !vault.keyType().equals("CUSTOMER_MANAGED_KMS_KEY")) {
                expected.finding("vault_customer_managed_key", vault.name());
            }
            if (!airGapped && vault.policy() == null) {
                expected.finding("vault_access_policy", vault.name());
            }
            if (vault.name().contains("production")) {
                if (!vault.locked()) {
                    expected.finding("vault_lock", vault.name());
                } else {
                    if (vault.minDays() < 90) {
                        expected.finding("vault_lock_retention", vault.name());
                    }
                    if (!vault.compliance()) {
                        expected.finding("vault_lock_mode", vault.name());
                    }
                }
            }
            if (airGapped) {
                expected.finding("vault_mpa_approval_team", vault.name());
            }
        }
        return expected.figure("vaults", vaults.size()).figure("logicallyAirGappedVaults", vaults.stream()
                .filter(v -> v.type().equals("LOGICALLY_AIR_GAPPED_BACKUP_VAULT")).count());
    }

    ControlExpectation copies() {
        ControlExpectation expected = new ControlExpectation("copies");
        long copying = 0;
        for (String plan : account.plans.planCreated.keySet()) {
            boolean copies = account.plans.rules(plan).stream().anyMatch(rule -> rule.copyTo() != null
                    && !rule.copyTo().region().equals(Demo.PRIMARY));
            copying += copies ? 1 : 0;
            if (!copies) {
                expected.finding("cross_region_copy_rule", account.plans.planNames.get(plan));
            }
        }
        long jobs = 0;
        long completed = 0;
        long failed = 0;
        for (Demo.CopyJob job : account.history.copyJobs) {
            if (!DemoExpected.inWindow(job.created())) {
                continue;
            }
            jobs++;
            if (job.state().equals("COMPLETED")) {
                completed++;
            } else if (job.completed() != null) {
                failed++;
                expected.finding("copy_job_completed", job.source().resource().name());
            }
        }
        return expected.figure("plansRequiringCopies", account.plans.planCreated.size())
                .figure("plansCopyingCrossRegion", copying).figure("copyJobs", jobs)
                .figure("copyJobsCompleted", completed).figure("copyJobsFailed", failed);
    }
}
