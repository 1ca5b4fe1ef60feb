package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.plan;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TagCondition;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CoverageControlTest {

    private static final PlanRecord STAGING = plan("arrakis-backup-plan-staging", List.of(),
            Fixtures.tagSelection("Environment", "staging", new TagCondition("VolumeType", "temporary")));

    private static ControlResult run(List<PlanRecord> plans, List<TaggedResource> tagged,
                                     List<ProtectedResourceRecord> protectedResources, RecoveryPointRecord... points) {
        ControlEvaluation evaluation = new CoverageControl().start(context());
        plans.forEach(evaluation::plan);
        protectedResources.forEach(evaluation::protectedResource);
        tagged.forEach(evaluation::taggedResource);
        for (RecoveryPointRecord point : points) {
            evaluation.recoveryPoint(point);
        }
        return evaluation.finish();
    }

    private static TaggedResource tagged(String name, Map<String, String> tags) {
        return new TaggedResource(arn("EBS", name), tags);
    }

    @Test
    void findsResourcesInScopeThatNoPlanSelects() {
        ControlResult result = run(List.of(STAGING), List.of(
                tagged("vol-staged", Map.of("Environment", "staging")),
                tagged("vol-forgotten", Map.of("Environment", "production", "Team", "oms")),
                tagged("vol-scratch", Map.of("Environment", "staging", "VolumeType", "temporary")),
                tagged("vol-untagged", Map.of())), List.of(),
                point("p", arn("EBS", "vol-staged"), "COMPLETED", 3, true, OptionalLong.of(35)));

        assertThat(result.findings()).containsExactly(new Finding(ControlId.COVERAGE, "us-west-2", "123456789012",
                arn("EBS", "vol-forgotten"), "", "EBS", "selected_by_backup_plan",
                "no backup plan selection matches it (tags: Environment=production, Team=oms)",
                "selected by at least one backup plan", Severity.ERROR));
        assertThat(result.figures()).containsEntry("resourcesInScope", 2).containsEntry("excludedByTag", 1)
                .containsEntry("outOfScope", 1).containsEntry("notSelectedByAnyPlan", 1)
                .containsEntry("selectedByPlans", 1).containsEntry("selectedNeverBackedUp", 0);
    }

    @Test
    void reportsSelectedResourcesNeverBackedUpAndLeavesTheAgeOfPointsToTheRpoControl() {
        ControlResult result = run(List.of(STAGING), List.of(tagged("vol-new", Map.of("Environment", "staging"))),
                List.of(new ProtectedResourceRecord(arn("EBS", "vol-old"), "EBS", "vol-old", Optional.empty())),
                point("p", arn("EBS", "vol-old"), "COMPLETED", 80, true, OptionalLong.of(35)),
                point("q", arn("EBS", "vol-old"), "PARTIAL", 2, true, OptionalLong.of(35)));

        assertThat(result.findings()).extracting(Finding::resourceArn, Finding::rule, Finding::observed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(arn("EBS", "vol-new"), "selected_never_backed_up",
                        "selected by a backup plan but AWS Backup holds no recovery point of it"));
    }

    @Test
    void matchesSelectionsAsAwsBackupDoes() {
        SelectionRecord byArn = new SelectionRecord("p", "arns", List.of("arn:aws:ec2:*:*:volume/vol-a*"),
                List.of("arn:aws:ec2:*:*:volume/vol-ab"), List.of(), List.of(), List.of(), List.of(), List.of());
        SelectionRecord orTags = new SelectionRecord("p", "tags", List.of(), List.of(),
                List.of(new TagCondition("Tier", "gold"), new TagCondition("Tier", "silver")), List.of(), List.of(),
                List.of(), List.of());
        SelectionRecord andConditions = new SelectionRecord("p", "conditions", List.of("*"), List.of(), List.of(),
                List.of(new TagCondition("Environment", "production")), List.of(new TagCondition("Backup", "off")),
                List.of(new TagCondition("Team", "o*")), List.of());
        SelectionRecord nothing = new SelectionRecord("p", "empty", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        assertThat(SelectionMatcher.selects(byArn, arn("EBS", "vol-aa"), Map.of())).isTrue();
        assertThat(SelectionMatcher.selects(byArn, arn("EBS", "vol-ab"), Map.of())).isFalse();
        assertThat(SelectionMatcher.selects(byArn, arn("EBS", "vol-b"), Map.of())).isFalse();
        assertThat(SelectionMatcher.selects(orTags, "x", Map.of("Tier", "silver"))).isTrue();
        assertThat(SelectionMatcher.selects(orTags, "x", Map.of("Tier", "bronze"))).isFalse();
        Map<String, String> prodOms = Map.of("Environment", "production", "Team", "oms");
        assertThat(SelectionMatcher.selects(andConditions, "x", prodOms)).isTrue();
        assertThat(SelectionMatcher.selects(andConditions, "x", Map.of("Environment", "production", "Team", "oms",
                "Backup", "off"))).isFalse();
        assertThat(SelectionMatcher.selects(andConditions, "x", Map.of("Environment", "production", "Team", "web")))
                .isFalse();
        assertThat(SelectionMatcher.selects(nothing, "x", prodOms)).isFalse();
    }

    @Test
    void anEmptyAccountHasNothingInScope() {
        ControlResult result = run(List.of(), List.of(), List.of());

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("resourcesInScope", 0).containsEntry("selectedByPlans", 0);
    }
}
