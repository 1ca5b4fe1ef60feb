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
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error>"
                + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
