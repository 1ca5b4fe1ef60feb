package com.backupsentinel.standins.sns;

import com.backupsentinel.standins.http.QueryProtocol;

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
            out.append(QueryProtocol.escape(value));
            close(element);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
