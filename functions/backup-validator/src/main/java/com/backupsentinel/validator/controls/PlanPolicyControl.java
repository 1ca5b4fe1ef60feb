package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Control 7: every rule keeps recovery points at least the minimum retention of the plan's environment (the seed's
 * 7/30/90 days, or MIN_RETENTION_DAYS when configured); every plan has a rule running
 * at least every {@code minBackupFrequencyHours}; a cold-storage transition leaves at least AWS's 90 days in
 * cold storage (rules and copy actions); and a production plan has the seed's daily, weekly and monthly rules
 * with their retention (daily: the environment's, weekly 365 days, monthly 2,555 days).
 */
public final class PlanPolicyControl implements Control {

    static final String RESOURCE_TYPE = "BackupPlan";
    static final long COLD_STORAGE_MINIMUM_DAYS = 90;
    static final long WEEKLY_RETENTION_DAYS = 365;
    static final long MONTHLY_RETENTION_DAYS = 2555;

    @Override
    public ControlId id() {
        return ControlId.PLAN_POLICY;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private int plans;
        private int rules;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.PLAN_POLICY, context.region());
        }

        @Override
        public void plan(PlanRecord plan) {
            plans++;
            String account = ArnParts.account(plan.arn());
            ledger.evaluated(plan.arn(), RESOURCE_TYPE, account);
            Map<Cadence, RuleRecord> byCadence = new EnumMap<>(Cadence.class);
            double mostFrequent = Double.MAX_VALUE;
            for (RuleRecord rule : plan.rules()) {
                rules++;
                double hours = rule.continuous() ? 1 : Schedules.intervalHours(rule.scheduleExpression()).orElse(-1);
                if (hours > 0) {
                    mostFrequent = Math.min(mostFrequent, hours);
                    byCadence.putIfAbsent(Cadence.ofHours(hours), rule);
                }
                checkRule(plan, rule, account);
            }
            int required = context.settings().minBackupFrequencyHours();
            if (mostFrequent > required) {
                String observed = mostFrequent == Double.MAX_VALUE ? "no rule with a readable schedule"
                        : "most frequent rule runs every " + Formats.decimal(mostFrequent) + " h";
                finding(plan, account, "plan_min_frequency", observed, "a rule at least every " + required + " h");
            }
            if (EnvironmentNames.of(plan.name(), context.settings().environment())
                    == DeploymentEnvironment.PRODUCTION) {
                long dailyDays = DeploymentEnvironment.PRODUCTION.retentionDays();
                requireRule(plan, account, byCadence, Cadence.DAILY, dailyDays);
                requireRule(plan, account, byCadence, Cadence.WEEKLY, WEEKLY_RETENTION_DAYS);
                requireRule(plan, account, byCadence, Cadence.MONTHLY, MONTHLY_RETENTION_DAYS);
            }
        }

        private void checkRule(PlanRecord plan, RuleRecord rule, String account) {
            DeploymentEnvironment place = EnvironmentNames.of(plan.name(), context.settings().environment());
            int minimum = context.settings().minRetentionDays(place);
            OptionalLong delete = rule.deleteAfterDays();
            if (delete.isPresent() && delete.getAsLong() < minimum) {
                finding(plan, account, "rule_min_retention", "rule " + rule.name() + " keeps recovery points "
                        + delete.getAsLong() + " days", "at least " + minimum + " days (" + place.wireName() + ")");
            }
            checkColdStorage(plan, account, "rule " + rule.name(), delete, rule.coldStorageAfterDays());
            for (CopyActionRecord copy : rule.copyActions()) {
                checkColdStorage(plan, account, "copy of rule " + rule.name() + " to " + copy.destinationVaultArn(),
                        copy.deleteAfterDays(), copy.coldStorageAfterDays());
            }
        }

        private void checkColdStorage(PlanRecord plan, String account, String what, OptionalLong delete,
                                      OptionalLong cold) {
            if (cold.isPresent() && delete.isPresent()
                    && delete.getAsLong() - cold.getAsLong() < COLD_STORAGE_MINIMUM_DAYS) {
                finding(plan, account, "cold_storage_minimum", what + " moves to cold storage after "
                        + cold.getAsLong() + " days and deletes after " + delete.getAsLong() + " days ("
                        + (delete.getAsLong() - cold.getAsLong()) + " days in cold storage)",
                        "at least " + COLD_STORAGE_MINIMUM_DAYS + " days in cold storage");
            }
        }

        private void requireRule(PlanRecord plan, String account, Map<Cadence, RuleRecord> byCadence,
                                 Cadence cadence, long retentionDays) {
            RuleRecord rule = byCadence.get(cadence);
            String name = cadence.wireName();
            if (rule == null) {
                finding(plan, account, "production_" + name + "_rule", "no " + name + " rule (rules: "
                        + ruleNames(plan) + ")", "a " + name + " rule kept at least " + retentionDays + " days");
            } else if (rule.deleteAfterDays().isPresent() && rule.deleteAfterDays().getAsLong() < retentionDays) {
                finding(plan, account, "production_" + name + "_retention", name + " rule " + rule.name()
                        + " keeps recovery points " + rule.deleteAfterDays().getAsLong() + " days",
                        "at least " + retentionDays + " days");
            }
        }

        private static String ruleNames(PlanRecord plan) {
            if (plan.rules().isEmpty()) {
                return "none";
            }
            StringBuilder names = new StringBuilder();
            for (RuleRecord rule : plan.rules()) {
                OptionalDouble hours = Schedules.intervalHours(rule.scheduleExpression());
                names.append(names.length() == 0 ? "" : ", ").append(rule.name()).append(' ')
                        .append(hours.isPresent() ? Cadence.ofHours(hours.getAsDouble()).wireName() : "unreadable");
            }
            return names.toString();
        }

        private void finding(PlanRecord plan, String account, String rule, String observed, String threshold) {
            ledger.finding(plan.arn(), RESOURCE_TYPE, account, rule, "plan " + plan.name() + ": " + observed,
                    threshold, Severity.ERROR);
        }

        @Override
        public ControlResult finish() {
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("plans", plans);
            figures.put("rules", rules);
            return ledger.result(figures, null);
        }
    }
}
