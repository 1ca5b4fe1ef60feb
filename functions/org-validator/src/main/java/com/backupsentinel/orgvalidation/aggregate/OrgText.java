package com.backupsentinel.orgvalidation.aggregate;

/**
 * Text from member accounts (account names, resource names, status messages, error causes) made safe where the org
 * report writes it: one line without control or invisible reordering characters, then escaped for HTML or made a
 * CSV cell a spreadsheet shows and never runs.
 */
final class OrgText {

    static final int MAX_CELL = 2_000;

    private OrgText() {
    }

    /** One line: control characters and line separators become spaces; bidi and zero-width marks are dropped. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (invisible(c)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #line} with {@code & < > " '} as entities: safe in element content and quoted attributes. */
    static String html(String text) {
        String clean = line(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One RFC 4180 cell: {@link #line}, cut to {@value #MAX_CELL} characters, a leading {@code = + - @} (a formula to
     * a spreadsheet) prefixed with an apostrophe unless the cell is a number, quoted when it holds a comma or quote.
     */
    static String csvCell(String raw) {
        String text = line(raw);
        if (text.length() > MAX_CELL) {
            text = text.substring(0, MAX_CELL) + "...";
        }
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C' || c == '\u00AD';
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
