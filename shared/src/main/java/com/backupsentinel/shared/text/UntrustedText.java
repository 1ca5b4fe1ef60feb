package com.backupsentinel.shared.text;

import java.util.function.IntFunction;

/**
 * Makes text that came from outside (AWS-supplied names, status messages, request input) safe for the place it is
 * written to. Every format starts from {@link #line}: one line, no control characters, no invisible characters
 * that could reorder or hide what a reader sees. Then each format adds its own escaping:
 * <ul>
 *   <li>{@link #chat}: chat markdown (AWS Chatbot to Slack, Chime, Teams) and SNS message attributes: {@code &},
 *       {@code <}, {@code >} as entities, so no {@code <!channel>}, {@code <!here>}, {@code <@U123>} or link can
 *       form, and {@code @} as the full-width {@code ＠}, so no {@code @here}, {@code @All} or {@code @Present}
 *       mention can either;</li>
 *   <li>{@link #html}: element content and quoted attribute values;</li>
 *   <li>{@link #csvCell}: one RFC 4180 cell that a spreadsheet shows and never runs.</li>
 * </ul>
 * Plain text (email bodies, subjects) takes {@link #line} alone: a {@code text/plain} reader shows {@code <} and
 * {@code @} as they are.
 */
public final class UntrustedText {

    /** What {@code @} becomes in chat: FULLWIDTH COMMERCIAL AT, which no chat application reads as a mention. */
    public static final char CHAT_AT = '\uFF20';

    private UntrustedText() {
    }

    /**
     * One line of plain text: control characters (CR, LF, tab, NUL, DEL, C1) and line or paragraph separators
     * become spaces; format characters (bidirectional overrides and isolates U+202A..U+202E, U+2066..U+2069, the
     * marks U+200E, U+200F, U+061C, zero-width space and joiners U+200B..U+200D, U+2060, U+FEFF, soft hyphen, tag
     * characters) are removed; a lone surrogate becomes U+FFFD.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        appendLine(out, text);
        return out.toString();
    }

    /** {@link #line}, then {@code & < >} as entities and {@code @} as {@link #CHAT_AT}. */
    public static String chat(String text) {
        return replaceEach(line(text), c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '@' -> String.valueOf(CHAT_AT);
            default -> null;
        });
    }

    /** {@link #line}, then {@code & < > " '} as entities: safe in element content and in quoted attributes. */
    public static String html(String text) {
        return replaceEach(line(text), c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }

    /** {@code text} with each character the replacement names replaced (null: kept as it is). */
    private static String replaceEach(String text, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /**
     * One CSV cell: {@link #line}, then a leading apostrophe when the first non-blank character is {@code = + - @}
     * and the cell is not a number (a spreadsheet would run it as a formula), then double quotes around a cell that
     * holds a comma or a quote, whose quotes are doubled.
     */
    public static String csvCell(String text) {
        String cell = line(text);
        String lead = cell.stripLeading();
        if (!lead.isEmpty() && "=+-@".indexOf(lead.charAt(0)) >= 0 && !isNumber(lead)) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /**
     * Input quoted back in an error message: {@code 'text'} as {@link #excerpt} writes it; {@code nothing} for
     * {@code null}.
     */
    public static String quote(String text, int max) {
        return text == null ? "nothing" : "'" + excerpt(text, max) + "'";
    }

    /**
     * Input named in an error message: at most {@code max} characters of it (then {@code ...}), control and format
     * characters written as {@code \}{@code uXXXX} so the reader sees them and a log line stays one line.
     */
    public static String excerpt(String text, int max) {
        int limit = Math.min(text.length(), Math.max(0, max));
        if (limit < text.length() && limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        StringBuilder out = new StringBuilder(limit + 8);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isInvisible(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (limit < text.length()) {
            out.append("...");
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (Character.getType(codePoint) != Character.FORMAT) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
    }

    /** Format characters (Unicode category Cf): bidi controls, zero-width characters, soft hyphen, BOM. */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** A plain decimal such as {@code -12.5} or {@code +3e6}: what a spreadsheet reads as a number, not a formula. */
    private static boolean isNumber(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == text.stripTrailing().length();
    }
}
