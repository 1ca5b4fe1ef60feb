package com.backupsentinel.standins.sns;

/** A tiny writer for the query protocol's XML responses, escaping every text value. */
final class Xml {

    static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    private final StringBuilder out = new StringBuilder();

    Xml open(String element) {
        out.append('<').append(element).append('>');
        return this;
    }

    Xml openRoot(String element) {
        out.append('<').append(element).append(" xmlns=\"").append(NAMESPACE).append("\">");
        return this;
    }

    Xml close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    Xml text(String element, String value) {
        if (value != null) {
            open(element);
            out.append(escape(value));
            close(element);
        }
        return this;
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
