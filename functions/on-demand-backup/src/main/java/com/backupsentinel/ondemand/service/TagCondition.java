package com.backupsentinel.ondemand.service;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One tag condition of a backup selection, e.g. {@code StringEquals aws:ResourceTag/Environment = production}.
 *
 * @param operator how the tag value is compared
 * @param key      the tag key, without the {@code aws:ResourceTag/} prefix
 * @param value    the value or, for the LIKE operators, a pattern where {@code *} matches any characters
 */
public record TagCondition(Operator operator, String key, String value) {

    /** AWS Backup's condition types. */
    public enum Operator {
        EQUALS,
        NOT_EQUALS,
        LIKE,
        NOT_LIKE
    }

    private static final String PREFIX = "aws:ResourceTag/";

    public TagCondition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        key = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
    }

    /** Whether a resource with these tags satisfies the condition (a missing tag satisfies only the NOT ones). */
    public boolean holdsFor(Map<String, String> tags) {
        String actual = tags.get(key);
        switch (operator) {
            case EQUALS:
                return value.equals(actual);
            case NOT_EQUALS:
                return !value.equals(actual);
            case LIKE:
                return actual != null && wildcard(value).matcher(actual).matches();
            case NOT_LIKE:
                return actual == null || !wildcard(value).matcher(actual).matches();
            default:
                throw new IllegalStateException("Unknown operator " + operator);
        }
    }

    /** A pattern where {@code *} matches any run of characters and everything else is literal. */
    static Pattern wildcard(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")), Pattern.DOTALL);
    }
}
