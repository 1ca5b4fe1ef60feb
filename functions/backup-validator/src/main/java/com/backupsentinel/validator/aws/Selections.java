package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TagCondition;
import java.util.List;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.ConditionParameter;
import software.amazon.awssdk.services.backup.model.Conditions;

/** Maps an SDK backup selection to a {@link SelectionRecord}. */
final class Selections {

    private Selections() {
    }

    static SelectionRecord of(String planId, BackupSelection selection) {
        Conditions conditions = selection.conditions();
        List<TagCondition> listOfTags = selection.listOfTags().stream()
                .map(c -> TagCondition.of(c.conditionKey(), c.conditionValue())).toList();
        return new SelectionRecord(planId, selection.selectionName() == null ? "" : selection.selectionName(),
                selection.resources(), selection.notResources(), listOfTags,
                conditions == null ? List.of() : tags(conditions.stringEquals()),
                conditions == null ? List.of() : tags(conditions.stringNotEquals()),
                conditions == null ? List.of() : tags(conditions.stringLike()),
                conditions == null ? List.of() : tags(conditions.stringNotLike()));
    }

    private static List<TagCondition> tags(List<ConditionParameter> parameters) {
        return parameters.stream().map(p -> TagCondition.of(p.conditionKey(), p.conditionValue())).toList();
    }
}
