package com.backupsentinel.validator.inventory;

import java.util.Objects;

/** A tag condition of a selection; {@code key} is the tag key without AWS's {@code aws:ResourceTag/} prefix. */
public record TagCondition(String key, String value) {

    public static final String RESOURCE_TAG_PREFIX = "aws:ResourceTag/";

    public TagCondition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** Strips AWS's {@code aws:ResourceTag/} prefix from a condition key, as selections spell it. */
    public static TagCondition of(String conditionKey, String value) {
        String key = conditionKey.startsWith(RESOURCE_TAG_PREFIX)
                ? conditionKey.substring(RESOURCE_TAG_PREFIX.length()) : conditionKey;
        return new TagCondition(key, value);
    }
}
