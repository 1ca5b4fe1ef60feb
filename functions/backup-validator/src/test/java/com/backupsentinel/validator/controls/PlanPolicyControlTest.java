package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.plan;
import static com.backupsentinel.validator.controls.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.PlanRecord;
import java.util.List;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PlanPolicyControlTest {

    private static final String DAILY = "cron(0 1 * * ? *)";
    private static final String WEEKLY = "cron(0 1 ? * SUN *)";
    private static final String MONTHLY = "cron(0 1 1 * ? *)";

    private static ControlResult run(ControlContext context, PlanRecord... plans) {
        ControlEvaluation evaluation = new PlanPolicyControl().start(context);
        for (PlanRecord plan : plans) {
            evaluation.plan(plan);
        }
        return evaluation.finish();
    }

    @Test
    void acceptsTheSeedsProductionPlan() {
        PlanRecord production = plan("arrakis-backup-plan-production", List.of(
                rule("daily", DAILY, 90, OptionalLong.empty()),
                rule("weekly", WEEKLY, 365, OptionalLong.of(90)),
                rule("monthly", MONTHLY, 2555, OptionalLong.of(30))));

        ControlResult result = run(context(), production);

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("plans", 1).containsEntry("rules", 3);
    }

    @Test
    void requiresDailyWeeklyAndMonthlyRulesWithTheSeedsRetentionInProduction() {
        PlanRecord thin = plan("arrakis-backup-plan-production", List.of(
                rule("daily", DAILY, 90, OptionalLong.empty()),
                rule("weekly", WEEKLY, 180, OptionalLong.empty())));

        ControlResult result = run(context(), thin);

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed, Finding::threshold).containsExactly(
                Tuple.tuple("production_weekly_retention", "plan arrakis-backup-plan-production: weekly rule weekly"
                        + " keeps recovery points 180 days", "at least 365 days"),
                Tuple.tuple("production_monthly_rule", "plan arrakis-backup-plan-production: no monthly rule (rules:"
                        + " daily daily, weekly weekly)", "a monthly rule kept at least 2555 days"));
    }

    @Test
    void holdsEveryRuleToTheMinimumRetentionAndEveryPlanToTheMinimumFrequency() {
        PlanRecord development = plan("arrakis-backup-plan-development", List.of(
                rule("weekly-only", WEEKLY, 7, OptionalLong.empty())));

        ControlResult result = run(context(Fixtures.settings(DeploymentEnvironment.DEVELOPMENT)), development);

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed, Finding::threshold).containsExactly(
                Tuple.tuple("rule_min_retention", "plan arrakis-backup-plan-development: rule weekly-only keeps"
                        + " recovery points 7 days", "at least 35 days (development)"),
                Tuple.tuple("plan_min_frequency", "plan arrakis-backup-plan-development: most frequent rule runs"
                        + " every 168.0 h", "a rule at least every 24 h"));
    }

    @Test
    void keepsNinetyDaysInColdStorageForRulesAndCopies() {
        PlanRecord staging = plan("arrakis-backup-plan-staging", List.of(
                rule("daily", DAILY, 37, OptionalLong.of(7), new com.backupsentinel.validator.inventory.CopyActionRecord(
                        "arn:aws:backup:us-east-1:123456789012:backup-vault:replica", OptionalLong.of(100),
                        OptionalLong.of(30)))));

        ControlResult result = run(context(), staging);

        assertThat(result.findings()).extracting(Finding::observed).containsExactly(
                "plan arrakis-backup-plan-staging: rule daily moves to cold storage after 7 days and deletes after 37"
                        + " days (30 days in cold storage)",
                "plan arrakis-backup-plan-staging: copy of rule daily to arn:aws:backup:us-east-1:123456789012:"
                        + "backup-vault:replica moves to cold storage after 30 days and deletes after 100 days (70 days"
                        + " in cold storage)");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.threshold())
                .isEqualTo("at least 90 days in cold storage"));
    }

    @Test
    void readsScheduleExpressions() {
        assertThat(Schedules.intervalHours(DAILY)).hasValue(24);
        assertThat(Schedules.intervalHours(WEEKLY)).hasValue(168);
        assertThat(Schedules.intervalHours(MONTHLY)).hasValue(730);
        assertThat(Schedules.intervalHours("cron(0 */6 * * ? *)")).hasValue(6);
        assertThat(Schedules.intervalHours("cron(0 1,13 * * ? *)")).hasValue(12);
        assertThat(Schedules.intervalHours("cron(0 5 ? * MON-FRI *)")).hasValue(33.6);
        assertThat(Schedules.intervalHours("rate(12 hours)")).hasValue(12);
        assertThat(Schedules.intervalHours("rate(1 day)")).hasValue(24);
        assertThat(Schedules.intervalHours("cron(0 1 1 1 ? *)")).hasValue(8760);
        assertThat(Schedules.intervalHours("every day")).isEmpty();
        assertThat(Cadence.ofHours(730)).isEqualTo(Cadence.MONTHLY);
    }
}
