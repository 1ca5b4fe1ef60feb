package com.backupsentinel.notifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Status-message patterns a team has declared harmless: a WARNING whose status message (or message category)
 * matches one of them is downgraded to INFO. Patterns are globs matched case-insensitively anywhere in the text:
 * {@code *} stands for any run of characters, {@code ?} for one; everything else is literal, so a pattern can
 * never be an expensive regular expression.
 */
public final class BenignPatterns {

    private static final BenignPatterns NONE = new BenignPatterns(List.of());

    private final List<String> globs;
    private final List<Pattern> patterns;

    private BenignPatterns(List<String> globs) {
        this.globs = List.copyOf(globs);
        List<Pattern> compiled = new ArrayList<>();
        for (String glob : globs) {
            compiled.add(Pattern.compile(toRegex(glob), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        this.patterns = List.copyOf(compiled);
    }

    public static BenignPatterns of(List<String> globs) {
        return globs.isEmpty() ? NONE : new BenignPatterns(globs);
    }

    public static BenignPatterns none() {
        return NONE;
    }

    public List<String> globs() {
        return globs;
    }

    /** The first pattern that matches {@code text}, if any. */
    public Optional<String> firstMatch(String text) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).find()) {
                return Optional.of(globs.get(i));
            }
        }
        return Optional.empty();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*?" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BenignPatterns that && globs.equals(that.globs);
    }

    @Override
    public int hashCode() {
        return globs.hashCode();
    }

    @Override
    public String toString() {
        return "BenignPatterns" + globs;
    }
}
