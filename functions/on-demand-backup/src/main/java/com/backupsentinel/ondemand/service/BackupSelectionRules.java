package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Objects;

/**
 * A backup plan's resource assignment (GetBackupSelection), as rules a resource can be checked against.
 *
 * @param resources    ARNs or ARN patterns with {@code *} it selects; empty means "any resource" when tags or
 *                     conditions are given
 * @param notResources ARNs or patterns it excludes
 * @param listOfTags   tag conditions of which at least one must hold (AWS Backup's {@code ListOfTags})
 * @param conditions   tag conditions that must all hold (AWS Backup's {@code Conditions})
 */
public record BackupSelectionRules(String selectionId, String selectionName, List<String> resources,
                                   List<String> notResources, List<TagCondition> listOfTags,
                                   List<TagCondition> conditions) {

    public BackupSelectionRules {
        Objects.requireNonNull(selectionId, "selectionId");
        Objects.requireNonNull(selectionName, "selectionName");
        resources = List.copyOf(resources);
        notResources = List.copyOf(notResources);
        listOfTags = List.copyOf(listOfTags);
        conditions = List.copyOf(conditions);
    }

    /** True when the selection can only be expanded by looking at the account's tagged resources. */
    public boolean needsTaggedResources() {
        return !listOfTags.isEmpty() || !conditions.isEmpty() || resources.stream().anyMatch(arn -> arn.contains("*"));
    }
}
