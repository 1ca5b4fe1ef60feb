package com.backupsentinel.validator.controls;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tag test for the coverage scope: {@code Key} (the tag is present, any value) or {@code Key=Value}, where
 * {@code Value} may list alternatives as {@code production|staging}.
 *
 * @param values the accepted values; empty = any value
 */
public record TagRule(String key, List<String> values) {

    public TagRule {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (key.isBlank() || values.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a tag rule is Key or Key=Value[|Value...], got '" + key + "'");
        }
    }

    /** Parses {@code Key}, {@code Key=Value} or {@code Key=Value1|Value2}. */
    public static TagRule parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new TagRule(text.trim(), List.of());
        }
        List<String> values = Arrays.stream(text.substring(equals + 1).split("\\|", -1)).map(String::trim).toList();
        return new TagRule(text.substring(0, equals).trim(), values);
    }

    public boolean matches(Map<String, String> tags) {
        String actual = tags.get(key);
        return actual != null && (values.isEmpty() || values.contains(actual));
    }

    @Override
    public String toString() {
        return values.isEmpty() ? key : key + "=" + String.join("|", values);
    }
}
