package com.backupsentinel.standins.http;

import java.util.Map;
import java.util.UUID;

/**
 * The pieces the AWS query protocol's stand-ins (IAM, STS) share: the request's parameters (form-encoded body and
 * query string), the XML error document ({@code ErrorResponse}) and XML text escaping.
 */
public final class QueryProtocol {

    private QueryProtocol() {
    }

    /** The form-encoded body's parameters, with the query string's on top. */
    public static Map<String, String> parameters(HttpCall call) {
        Map<String, String> form = HttpCall.parseForm(call.bodyText());
        form.putAll(call.query());
        return form;
    }

    /** The service's {@code ErrorResponse}: type Sender for 4xx, Receiver for 5xx. */
    public static String error(String namespace, int status, String code, String message) {
        return error(namespace, status, code, message, UUID.randomUUID().toString());
    }

    /** The same, naming the request id the reply's header also carries. */
    public static String error(String namespace, int status, String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error>"
                + "<RequestId>" + escape(requestId) + "</RequestId></ErrorResponse>";
    }

    /** XML text and attribute values: the five predefined entities, and CR as a reference (parsers drop a raw one). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
}
