package com.backupsentinel.usage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for customer folder names: 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or
 * digit, and never {@code ..}: a name can never leave its prefix ({@code /}, {@code \}, {@code ..}) or hide itself.
 */
final class CustomerNames {

    static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private CustomerNames() {
    }

    /** Empty when {@code name} is a valid customer name, otherwise why it is not. */
    static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("the customer name is empty");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            return Optional.of("the customer name " + Texts.quote(name)
                    + " contains '/', '\\' or '..', which could escape its prefix");
        }
        if (!VALID.matcher(name).matches()) {
            return Optional.of("the customer name " + Texts.quote(name) + " must be 1 to " + MAX_LENGTH
                    + " characters from A-Z a-z 0-9 . _ - starting with a letter or digit");
        }
        return Optional.empty();
    }

    /** Throws {@link IllegalArgumentException} naming {@code field} when {@code name} is not valid. */
    static String require(String field, String name) {
        problem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(field + ": " + problem);
        });
        return name;
    }
}
