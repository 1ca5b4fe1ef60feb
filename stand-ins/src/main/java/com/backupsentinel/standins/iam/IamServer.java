package com.backupsentinel.standins.iam;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM's query protocol (form-encoded POST, XML responses, version 2010-05-08) as the AWS SDK for Java 2.x sends it,
 * for the one action Backup Sentinel calls: ListAccountAliases (MaxItems 1..1000, Marker, IsTruncated). Any other
 * action is IAM's own 400 InvalidAction. Failures can be injected per action (403 AccessDenied as a role without
 * {@code iam:ListAccountAliases} gets it); every call is counted.
 */
public final class IamServer implements AutoCloseable {

    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
    private static final String XML = "text/xml";

    private final String accountId;
    private final List<String> aliases;
    private final LoopbackHttpServer server;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    private IamServer(String accountId, List<String> aliases) {
        this.accountId = accountId;
        this.aliases = List.copyOf(aliases);
        this.server = LoopbackHttpServer.start("iam-stand-in", this::handle);
    }

    /** Serves the account {@code accountId} with {@code aliases} (AWS allows at most one). */
    public static IamServer start(String accountId, List<String> aliases) {
        return new IamServer(accountId, aliases);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Makes the next {@code times} calls of {@code action} answer {@code status} with IAM error {@code code}. */
    public void failNext(String action, int status, String code, String message, int times) {
        if (times < 1 || status < 400 || status > 599) {
            throw new IllegalArgumentException("need times >= 1 and an error status 400-599, got " + times + " and "
                    + status);
        }
        faults.put(action, new Fault(status, code, message, times));
    }

    public int callCount(String action) {
        return calls.getOrDefault(action, 0);
    }

    public Map<String, Integer> callCounts() {
        return new TreeMap<>(calls);
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            Map<String, String> form = HttpCall.parseForm(call.bodyText());
            form.putAll(call.query());
            String action = form.getOrDefault("Action", "");
            calls.merge(action, 1, Integer::sum);
            Optional<Fault> fault = take(action);
            if (fault.isPresent()) {
                HttpReplies.send(exchange, fault.get().status(), XML, error(fault.get().code(), fault.get().message(),
                        fault.get().status()));
                return;
            }
            try {
                HttpReplies.send(exchange, 200, XML, run(action, form));
            } catch (IllegalArgumentException e) {
                String[] parts = e.getMessage().split(": ", 2);
                HttpReplies.send(exchange, 400, XML, error(parts[0], parts[1], 400));
            }
        }
    }

    private String run(String action, Map<String, String> form) {
        if (!"ListAccountAliases".equals(action)) {
            throw new IllegalArgumentException("InvalidAction: Could not find operation " + action
                    + " for version 2010-05-08");
        }
        int maxItems = maxItems(form.get("MaxItems"));
        int start = marker(form.get("Marker"));
        int end = Math.min(aliases.size(), start + maxItems);
        StringBuilder members = new StringBuilder();
        for (String alias : aliases.subList(start, end)) {
            members.append("<member>").append(escape(alias)).append("</member>");
        }
        boolean truncated = end < aliases.size();
        return "<ListAccountAliasesResponse xmlns=\"" + NAMESPACE + "\"><ListAccountAliasesResult>"
                + "<IsTruncated>" + truncated + "</IsTruncated>"
                + (truncated ? "<Marker>" + end + "</Marker>" : "")
                + "<AccountAliases>" + members + "</AccountAliases></ListAccountAliasesResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</ListAccountAliasesResponse>";
    }

    private static int maxItems(String value) {
        if (value == null) {
            return 100;
        }
        try {
            int items = Integer.parseInt(value);
            if (items >= 1 && items <= 1000) {
                return items;
            }
        } catch (NumberFormatException e) {
            // reported below, as IAM does
        }
        throw new IllegalArgumentException("ValidationError: 1 validation error detected: Value '" + value
                + "' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000");
    }

    private int marker(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(value);
            if (start >= 0 && start <= aliases.size()) {
                return start;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("InvalidInput: Invalid Marker " + value + " for account " + accountId);
    }

    private synchronized Optional<Fault> take(String action) {
        Fault fault = faults.get(action);
        if (fault == null) {
            return Optional.empty();
        }
        if (fault.remaining() <= 1) {
            faults.remove(action);
        } else {
            faults.put(action, new Fault(fault.status(), fault.code(), fault.message(), fault.remaining() - 1));
        }
        return Optional.of(fault);
    }

    private static String error(String code, String message, int status) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error>"
                + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private record Fault(int status, String code, String message, int remaining) {
    }
}
