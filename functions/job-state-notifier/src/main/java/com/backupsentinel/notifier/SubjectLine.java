package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.text.UntrustedText;

/**
 * The alert's subject, readable at a glance and valid for SNS: printable ASCII only, no line breaks, and less
 * than 100 characters (the resource name is shortened with {@code ...} to fit), e.g.
 * {@code [ERROR] Backup job FAILED: RDS arrakis-oms-production (us-west-2)}.
 */
final class SubjectLine {

    /** SNS requires subjects of less than 100 characters. */
    static final int MAX_LENGTH = 99;
    private static final String ELLIPSIS = "...";
    private static final int MIN_NAME = 8;

    private SubjectLine() {
    }

    static String of(Severity severity, String headline, String subject, String region) {
        String prefix = "[" + severity.name() + "] " + clean(headline);
        String name = clean(subject);
        String suffix = " (" + clean(region) + ")";
        String full = name.isEmpty() ? prefix + suffix : prefix + ": " + name + suffix;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        int room = MAX_LENGTH - prefix.length() - 2 - suffix.length();
        if (!name.isEmpty() && room >= MIN_NAME) {
            return prefix + ": " + name.substring(0, room - ELLIPSIS.length()) + ELLIPSIS + suffix;
        }
        return full.substring(0, MAX_LENGTH - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * Printable ASCII with single spaces: invisible (bidi, zero-width) characters are dropped, control characters
     * become spaces, other characters {@code ?}.
     */
    static String clean(String raw) {
        String text = UntrustedText.line(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 0x21 && c <= 0x7e ? c : '?');
        }
        return out.toString();
    }
}
