package com.backupsentinel.ondemand.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a backup plan's selections into resource ARNs the way AWS Backup assigns resources: a resource is
 * selected when it matches one of {@code Resources} (any resource when only tags are given), at least one of
 * {@code ListOfTags} (when given), every one of {@code Conditions}, and none of {@code NotResources}. Selections by
 * explicit ARN need no look-up; the others are matched against the account's tagged resources of the types AWS
 * Backup protects (untagged resources cannot be found that way).
 */
final class PlanResources {

    private final BackupGateway backup;
    private final ResourceDirectory directory;

    PlanResources(BackupGateway backup, ResourceDirectory directory) {
        this.backup = backup;
        this.directory = directory;
    }

    List<String> of(String planId) {
        Set<String> arns = new LinkedHashSet<>();
        List<TaggedResource> tagged = null;
        for (BackupSelectionRules selection : backup.backupSelections(planId)) {
            if (!selection.needsTaggedResources()) {
                selection.resources().stream().filter(arn -> !excluded(selection, arn)).forEach(arns::add);
                continue;
            }
            if (tagged == null) {
                tagged = directory.taggedResources();
            }
            for (TaggedResource resource : tagged) {
                if (!ResourceTypes.fromArn(resource.arn()).isEmpty() && selects(selection, resource)) {
                    arns.add(resource.arn());
                }
            }
        }
        return new ArrayList<>(arns);
    }

    static boolean selects(BackupSelectionRules selection, TaggedResource resource) {
        boolean byArn = selection.resources().isEmpty() || selection.resources().stream()
                .anyMatch(pattern -> arnMatches(pattern, resource.arn()));
        boolean byAnyTag = selection.listOfTags().isEmpty() || selection.listOfTags().stream()
                .anyMatch(condition -> condition.holdsFor(resource.tags()));
        boolean byAllConditions = selection.conditions().stream()
                .allMatch(condition -> condition.holdsFor(resource.tags()));
        return byArn && byAnyTag && byAllConditions && !excluded(selection, resource.arn());
    }

    private static boolean excluded(BackupSelectionRules selection, String arn) {
        return selection.notResources().stream().anyMatch(pattern -> arnMatches(pattern, arn));
    }

    private static boolean arnMatches(String pattern, String arn) {
        return pattern.contains("*") ? TagCondition.wildcard(pattern).matcher(arn).matches() : pattern.equals(arn);
    }
}
