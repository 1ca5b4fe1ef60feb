package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.sources.LifecycleRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.Transition;

/** S3 lifecycle rules as far as retention goes: prefix (filter, its And, or the legacy field), expiry, transitions. */
final class LifecycleRules {

    private LifecycleRules() {
    }

    static List<LifecycleRule> of(List<software.amazon.awssdk.services.s3.model.LifecycleRule> rules) {
        return rules.stream().map(LifecycleRules::rule).toList();
    }

    @SuppressWarnings("deprecation")
    private static LifecycleRule rule(software.amazon.awssdk.services.s3.model.LifecycleRule rule) {
        String prefix = rule.prefix() == null ? "" : rule.prefix();
        LifecycleRuleFilter filter = rule.filter();
        if (filter != null && filter.prefix() != null) {
            prefix = filter.prefix();
        } else if (filter != null && filter.and() != null && filter.and().prefix() != null) {
            prefix = filter.and().prefix();
        }
        OptionalInt expiration = rule.expiration() != null && rule.expiration().days() != null
                ? OptionalInt.of(rule.expiration().days()) : OptionalInt.empty();
        Map<String, Integer> transitions = new LinkedHashMap<>();
        for (Transition transition : rule.transitions()) {
            if (transition.days() != null) {
                transitions.put(transition.storageClassAsString(), transition.days());
            }
        }
        return new LifecycleRule(rule.id() == null ? "" : rule.id(), prefix, rule.status() == ExpirationStatus.ENABLED,
                expiration, transitions);
    }
}
