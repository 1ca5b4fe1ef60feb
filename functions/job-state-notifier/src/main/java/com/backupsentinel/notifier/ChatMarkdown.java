package com.backupsentinel.notifier;

/**
 * Makes untrusted text (status messages, names from events) safe inside chat markdown: {@code &}, {@code <} and
 * {@code >} are escaped so text cannot form links or mentions such as {@code <!channel>}, and line breaks inside
 * a value become spaces so a value cannot forge extra lines.
 */
final class ChatMarkdown {

    private ChatMarkdown() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '\r':
                case '\n':
                case '\t':
                    out.append(' ');
                    break;
                default:
                    out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A link as Slack and Chime markdown write it: {@code <url|text>}. */
    static String link(String url, String text) {
        return "<" + url.replace(">", "%3E").replace("|", "%7C") + "|" + escape(text).replace("|", "/") + ">";
    }
}
