package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.shared.text.UntrustedText;

/**
 * Text from member accounts (account names, resource names, status messages, error causes) as the org report writes
 * it, through the project's one escaping helper ({@link UntrustedText}); CSV cells are also cut to
 * {@value #MAX_CELL} characters, so one long status message cannot make a row unreadable.
 */
final class OrgText {

    static final int MAX_CELL = 2_000;

    private OrgText() {
    }

    static String line(String text) {
        return UntrustedText.line(text);
    }

    static String html(String text) {
        return UntrustedText.html(text);
    }

    static String csvCell(String raw) {
        String text = raw == null ? "" : raw;
        return UntrustedText.csvCell(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) + "..." : text);
    }
}
