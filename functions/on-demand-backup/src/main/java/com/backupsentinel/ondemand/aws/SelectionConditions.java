package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.TagCondition;
import com.backupsentinel.ondemand.service.TagCondition.Operator;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.ConditionParameter;
import software.amazon.awssdk.services.backup.model.Conditions;

/** A backup selection's {@code ListOfTags} and {@code Conditions} as {@link TagCondition}s. */
final class SelectionConditions {

    private SelectionConditions() {
    }

    /** ListOfTags: AWS Backup's only condition type there is STRINGEQUALS. */
    static List<TagCondition> listOfTags(BackupSelection selection) {
        List<TagCondition> result = new ArrayList<>();
        for (Condition condition : selection.listOfTags()) {
            result.add(new TagCondition(Operator.EQUALS, condition.conditionKey(), condition.conditionValue()));
        }
        return result;
    }

    static List<TagCondition> conditions(Conditions conditions) {
        List<TagCondition> result = new ArrayList<>();
        if (conditions == null) {
            return result;
        }
        add(result, Operator.EQUALS, conditions.stringEquals());
        add(result, Operator.NOT_EQUALS, conditions.stringNotEquals());
        add(result, Operator.LIKE, conditions.stringLike());
        add(result, Operator.NOT_LIKE, conditions.stringNotLike());
        return result;
    }

    private static void add(List<TagCondition> result, Operator operator, List<ConditionParameter> parameters) {
        for (ConditionParameter parameter : parameters) {
            result.add(new TagCondition(operator, parameter.conditionKey(), parameter.conditionValue()));
        }
    }
}
