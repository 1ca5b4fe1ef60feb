package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TagCondition;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a backup selection assigns a resource, as AWS Backup does: the resource matches
 * {@code Resources} (any pattern; an empty list means every resource when tags or conditions are given), matches
 * no {@code NotResources} pattern, matches at least one {@code ListOfTags} entry when there are any (OR), and
 * every condition (AND).
 */
final class SelectionMatcher {

    private SelectionMatcher() {
    }

    static boolean selects(SelectionRecord selection, String arn, Map<String, String> tags) {
        boolean hasTagRules = !selection.listOfTags().isEmpty() || hasConditions(selection);
        boolean inResources = selection.resources().isEmpty()
                ? hasTagRules
                : selection.resources().stream().anyMatch(pattern -> Wildcards.matches(pattern, arn));
        if (!inResources || selection.notResources().stream().anyMatch(pattern -> Wildcards.matches(pattern, arn))) {
            return false;
        }
        if (!selection.listOfTags().isEmpty()
                && selection.listOfTags().stream().noneMatch(c -> c.value().equals(tags.get(c.key())))) {
            return false;
        }
        return selection.stringEquals().stream().allMatch(c -> c.value().equals(tags.get(c.key())))
                && selection.stringNotEquals().stream().allMatch(c -> !c.value().equals(tags.get(c.key())))
                && selection.stringLike().stream().allMatch(c -> like(c, tags))
                && selection.stringNotLike().stream().noneMatch(c -> like(c, tags));
    }

    private static boolean hasConditions(SelectionRecord selection) {
        return !(selection.stringEquals().isEmpty() && selection.stringNotEquals().isEmpty()
                && selection.stringLike().isEmpty() && selection.stringNotLike().isEmpty());
    }

    private static boolean like(TagCondition condition, Map<String, String> tags) {
        String actual = tags.get(condition.key());
        return actual != null && Wildcards.matches(condition.value(), actual);
    }

    static boolean selectsAny(List<SelectionRecord> selections, String arn, Map<String, String> tags) {
        return selections.stream().anyMatch(s -> selects(s, arn, tags));
    }
}
