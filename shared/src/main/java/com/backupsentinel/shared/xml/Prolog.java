package com.backupsentinel.shared.xml;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Looks at a document's first bytes before {@link XmlScanner} reads it: whether it is UTF-8 (or ASCII) and reaches
 * its root element without a DOCTYPE. Anything else (UTF-16, another declared encoding, a DOCTYPE, a prolog longer
 * than the bytes looked at) is left to the JDK's parser.
 */
final class Prolog {

    private Prolog() {
    }

    /** Whether the scanner reads this document; {@code complete} when {@code head} is the whole document. */
    static boolean scannerReads(byte[] head, int length, boolean complete) {
        int i = startsWith(head, length, 0, "\u00ef\u00bb\u00bf") ? 3 : 0;
        if (length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xff) == 0xfe || (head[0] & 0xff) == 0xff)) {
            return false;
        }
        if (startsWith(head, length, i, "<?xml")) {
            int end = indexOf(head, length, i, "?>");
            if (end < 0) {
                return complete;
            }
            if (!utf8(new String(head, i, end - i, StandardCharsets.ISO_8859_1))) {
                return false;
            }
            i = end + 2;
        }
        while (true) {
            while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
                i++;
            }
            if (i >= length) {
                return complete;
            }
            if (startsWith(head, length, i, "<!--")) {
                i = after(head, length, i + 4, "-->");
            } else if (startsWith(head, length, i, "<?")) {
                i = after(head, length, i + 2, "?>");
            } else {
                return !startsWith(head, length, i, "<!");
            }
            if (i < 0) {
                return complete;
            }
        }
    }

    /** The declaration names no encoding, or UTF-8 or ASCII (a subset of it). */
    private static boolean utf8(String declaration) {
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return true;
        }
        int open = at + "encoding".length();
        while (open < declaration.length() && declaration.charAt(open) != '"' && declaration.charAt(open) != '\'') {
            open++;
        }
        int close = open + 1 < declaration.length() ? declaration.indexOf(declaration.charAt(open), open + 1) : -1;
        if (close < 0) {
            return false;
        }
        String encoding = declaration.substring(open + 1, close).toUpperCase(Locale.ROOT);
        return encoding.equals("UTF-8") || encoding.equals("UTF8") || encoding.equals("US-ASCII")
                || encoding.equals("ASCII");
    }

    private static boolean startsWith(byte[] head, int length, int at, String text) {
        if (at + text.length() > length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ((head[at + i] & 0xff) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] head, int length, int from, String text) {
        for (int i = from; i + text.length() <= length; i++) {
            if (startsWith(head, length, i, text)) {
                return i;
            }
        }
        return -1;
    }

    private static int after(byte[] head, int length, int from, String text) {
        int at = indexOf(head, length, from, text);
        return at < 0 ? -1 : at + text.length();
    }
}
