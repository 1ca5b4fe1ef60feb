package com.backupsentinel.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Removes secrets before anything is recorded: parameters whose names say they hold a secret
 * ({@link SecretNames}), and secrets inside any text ({@link SecretScanner}). It only ever looks at bounded text:
 * {@link #cutAndRedact} cuts first and redacts the part it keeps, so a megabyte of input costs what its first
 * few kilobytes cost, and the cut can never leave half a secret behind.
 */
final class SecretRedactor {

    static final String REDACTED = "[REDACTED]";

    /**
     * How far past the cut the redactor reads, so that a secret straddling the cut is still recognised; text this
     * close to the end of what was read is dropped rather than shown. Longer than any fixed-length secret
     * (40-character keys); secrets introduced by a name, a {@code Bearer} or a PEM header are redacted to the end of
     * what was read anyway.
     */
    static final int LOOKAHEAD = 256;

    /** The parameter that says how many parameters were left out. */
    static final String LEFT_OUT = "(parameters left out)";

    private static final String CUT_MARK = "...[truncated ";

    private SecretRedactor() {
    }

    /**
     * The parameters with secret-named ones replaced and secrets inside the others removed: at most
     * {@code maxParams} of them (in their iteration order; a note says how many were left out), names of at most
     * {@link SecretNames#MAX_NAME} characters, values of at most {@code maxValueChars}.
     */
    static Map<String, String> redact(Map<String, String> params, int maxParams, int maxValueChars) {
        Map<String, String> clean = new LinkedHashMap<>();
        int left = 0;
        for (Map.Entry<String, String> param : params.entrySet()) {
            String name = param.getKey();
            if (name == null) {
                continue;
            }
            if (name.equals(LEFT_OUT)) {
                left += leftOut(param.getValue());
                continue;
            }
            if (clean.size() >= maxParams) {
                left++;
                continue;
            }
            String cutName = name.length() <= SecretNames.MAX_NAME ? name
                    : name.substring(0, SecretNames.MAX_NAME) + "...";
            String value = param.getValue() == null ? "" : param.getValue();
            clean.put(cutName, SecretNames.isSecret(name) ? REDACTED : cutAndRedact(value, maxValueChars));
        }
        if (left > 0) {
            clean.put(LEFT_OUT, Integer.toString(left));
        }
        return clean;
    }

    /** Every secret in {@code text} replaced; for bounded text only (see {@link #cutAndRedact}). */
    static String redactText(String text) {
        return SecretScanner.redact(text);
    }

    /**
     * At most {@code max} characters of {@code text} with its secrets removed, followed by
     * {@code ...[truncated N chars]} when anything was left out. Only the first {@code max + LOOKAHEAD} characters
     * are ever read.
     */
    static String cutAndRedact(String text, int max) {
        int mark = earlierCut(text, max);
        if (mark >= 0) {
            return redactText(text.substring(0, mark)) + text.substring(mark);
        }
        if (text.length() <= max) {
            String redacted = redactText(text);
            return redacted.length() <= max ? redacted : cut(redacted, max, 0);
        }
        int window = Math.min(text.length(), max + LOOKAHEAD);
        int unread = text.length() - window;
        SecretScanner.Redacted redacted = SecretScanner.redact(text.substring(0, window),
                unread == 0 ? window : window - LOOKAHEAD);
        int keep = Math.min(max, redacted.safeLength());
        return cut(redacted.text(), keep, unread);
    }

    /** Where the mark of an earlier cut starts, for text read back from an export; -1 when there is none. */
    private static int earlierCut(String text, int max) {
        if (text.length() > max + CUT_MARK.length() + 20 || !text.endsWith(" chars]")) {
            return -1;
        }
        int mark = text.lastIndexOf(CUT_MARK);
        if (mark < 0 || mark > max) {
            return -1;
        }
        String count = text.substring(mark + CUT_MARK.length(), text.length() - " chars]".length());
        return !count.isEmpty() && count.chars().allMatch(Character::isDigit) ? mark : -1;
    }

    private static int leftOut(String count) {
        try {
            return Math.max(0, Integer.parseInt(count == null ? "" : count));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String cut(String redacted, int keep, int unread) {
        int end = Math.min(keep, redacted.length());
        if (end > 0 && end < redacted.length() && Character.isHighSurrogate(redacted.charAt(end - 1))) {
            end--;
        }
        return redacted.substring(0, end) + CUT_MARK + (redacted.length() - end + unread) + " chars]";
    }
}
