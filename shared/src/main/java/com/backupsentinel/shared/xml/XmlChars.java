package com.backupsentinel.shared.xml;

/** The character classes of XML 1.0 (fifth edition) that the scanner needs, and escaping for writing events. */
final class XmlChars {

    private XmlChars() {
    }

    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A character allowed in a document (a UTF-16 unit: surrogates come in pairs from the UTF-8 decoder). */
    static boolean isAllowed(int c) {
        return c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
    }

    /** A code point a character reference may name. */
    static boolean isAllowedCodePoint(int c) {
        return isAllowed(c) && (c < 0xD800 || c > 0xDFFF) || c >= 0x10000 && c <= 0x10FFFF;
    }

    static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD
                // the halves of a supplementary name character (#x10000-#xEFFFF)
                || c >= 0xD800 && c <= 0xDFFF;
    }

    static boolean isNameChar(int c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040;
    }

    /** {@code text} with the characters markup would take escaped; in an attribute also quotes and whitespace. */
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        escaped.append("&#").append((int) c).append(';');
                    } else {
                        escaped.append(c);
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
