package com.backupsentinel.standins.demo;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * AWS Backup's selection semantics for the demo's selections: a resource is selected when it matches one of the
 * Resources patterns (with {@code *} wildcards) and every condition; StringNotEquals holds when the tag is absent.
 */
final class SelectionEvaluator {

    private static final String TAG_PREFIX = "aws:ResourceTag/";

    private SelectionEvaluator() {
    }

    static boolean selects(Demo.Selection selection, Demo.Resource resource) {
        boolean inResources = selection.resources().stream().anyMatch(pattern -> glob(pattern).matcher(resource.arn()).matches());
        if (!inResources) {
            return false;
        }
        for (Map.Entry<String, String> condition : selection.equals().entrySet()) {
            if (!condition.getValue().equals(tag(resource, condition.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, String> condition : selection.notEquals().entrySet()) {
            if (condition.getValue().equals(tag(resource, condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String tag(Demo.Resource resource, String conditionKey) {
        return resource.tags().get(conditionKey.substring(TAG_PREFIX.length()));
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
