package com.backupsentinel.ondemand.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.ondemand.service.TagCondition.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanResourcesTest {

    private static final String VOLUME = "arn:aws:ec2:us-west-2:123456789012:volume/vol-1";
    private static final Map<String, String> PRODUCTION = Map.of("Environment", "production",
            "KubernetesCluster", "arrakis-production");

    private static BackupSelectionRules selection(List<String> resources, List<String> notResources,
                                                  List<TagCondition> listOfTags, List<TagCondition> conditions) {
        return new BackupSelectionRules("sel", "sel", resources, notResources, listOfTags, conditions);
    }

    @Test
    void selectsByAllConditionsLikeTheSeedsEbsSelection() {
        BackupSelectionRules ebs = selection(List.of("arn:aws:ec2:*:*:volume/*"), List.of(), List.of(), List.of(
                new TagCondition(Operator.EQUALS, "aws:ResourceTag/KubernetesCluster", "arrakis-production"),
                new TagCondition(Operator.EQUALS, "aws:ResourceTag/Environment", "production"),
                new TagCondition(Operator.NOT_EQUALS, "aws:ResourceTag/VolumeType", "temporary")));

        assertThat(PlanResources.selects(ebs, new TaggedResource(VOLUME, PRODUCTION))).isTrue();
        Map<String, String> temporary = Map.of("Environment", "production", "KubernetesCluster", "arrakis-production",
                "VolumeType", "temporary");
        assertThat(PlanResources.selects(ebs, new TaggedResource(VOLUME, temporary))).isFalse();
        assertThat(PlanResources.selects(ebs, new TaggedResource("arn:aws:rds:us-west-2:123456789012:db:x",
                PRODUCTION))).isFalse();
    }

    @Test
    void selectsByAnyOfTheListOfTags() {
        BackupSelectionRules anyTag = selection(List.of(), List.of(), List.of(
                new TagCondition(Operator.EQUALS, "backup", "daily"), new TagCondition(Operator.EQUALS, "backup", "hourly")),
                List.of());

        assertThat(PlanResources.selects(anyTag, new TaggedResource(VOLUME, Map.of("backup", "hourly")))).isTrue();
        assertThat(PlanResources.selects(anyTag, new TaggedResource(VOLUME, Map.of("backup", "never")))).isFalse();
    }

    @Test
    void honoursNotResourcesAndLikeConditions() {
        BackupSelectionRules like = selection(List.of("*"), List.of("arn:aws:ec2:*:*:volume/vol-1"), List.of(),
                List.of(new TagCondition(Operator.LIKE, "aws:ResourceTag/Environment", "prod*"),
                        new TagCondition(Operator.NOT_LIKE, "aws:ResourceTag/Owner", "*-test")));

        assertThat(PlanResources.selects(like, new TaggedResource(VOLUME, PRODUCTION))).isFalse();
        assertThat(PlanResources.selects(like, new TaggedResource("arn:aws:ec2:us-west-2:123456789012:volume/vol-2",
                PRODUCTION))).isTrue();
        assertThat(PlanResources.selects(like, new TaggedResource("arn:aws:ec2:us-west-2:123456789012:volume/vol-2",
                Map.of("Environment", "production", "Owner", "team-test")))).isFalse();
    }

    @Test
    void needsNoLookUpForSelectionsByExplicitArn() {
        ScriptedBackupGateway backup = new ScriptedBackupGateway();
        backup.addSelection(selection(List.of(VOLUME), List.of(), List.of(), List.of()));
        PlanResources plan = new PlanResources(backup, () -> {
            throw new AssertionError("the tagging API must not be called");
        });

        assertThat(plan.of("plan")).containsExactly(VOLUME);
    }

    @Test
    void treatsWildcardsAsAnyRunOfCharacters() {
        assertThat(TagCondition.wildcard("arn:aws:ec2:*:*:volume/*").matcher(VOLUME).matches()).isTrue();
        assertThat(TagCondition.wildcard("a.b*").matcher("axb").matches()).isFalse();
    }
}
