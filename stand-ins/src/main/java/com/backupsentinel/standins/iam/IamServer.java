package com.backupsentinel.standins.iam;

import static com.backupsentinel.standins.http.QueryProtocol.escape;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.http.QueryProtocol;
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
 * action is IAM's own 400 InvalidAction. It answers for the account whose credentials signed the request (one
 * account, or each member of an organisation: {@link AliasDirectory}). Failures can be injected per action (403
 * AccessDenied as a role without {@code iam:ListAccountAliases} gets it); every call is counted, by action and by
 * account.
 */
public final class IamServer implements AutoCloseable {

    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
    private static final String XML = "text/xml";

    private final AliasDirectory directory;
    private final LoopbackHttpServer server;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> callsByAccount = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    private IamServer(AliasDirectory directory) {
        this.directory = directory;
        this.server = LoopbackHttpServer.start("iam-stand-in", this::handle);
    }

    /** Serves the account {@code accountId} with {@code aliases} (AWS allows at most one), whoever signs. */
    public static IamServer start(String accountId, List<String> aliases) {
        AccountAliases account = new AccountAliases(accountId, aliases);
        return new IamServer(accessKey -> account);
    }

    /** Serves each account of {@code directory} to the credentials it hands out. */
    public static IamServer start(AliasDirectory directory) {
        return new IamServer(directory);
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

    /** Calls received from the credentials of {@code accountId}. */
    public int accountCallCount(String accountId) {
        return callsByAccount.getOrDefault(accountId, 0);
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            Map<String, String> form = QueryProtocol.parameters(call);
            String action = form.getOrDefault("Action", "");
            calls.merge(action, 1, Integer::sum);
            Optional<Fault> fault = take(action);
            if (fault.isPresent()) {
                Fault failure = fault.get();
                HttpReplies.send(exchange, failure.status(), XML,
                        QueryProtocol.error(NAMESPACE, failure.status(), failure.code(), failure.message()));
                return;
            }
            try {
                HttpReplies.send(exchange, 200, XML, run(action, form, call.accessKeyId()));
            } catch (IllegalArgumentException e) {
                String[] parts = e.getMessage().split(": ", 2);
                HttpReplies.send(exchange, 400, XML, QueryProtocol.error(NAMESPACE, 400, parts[0], parts[1]));
            }
        }
    }

    private String run(String action, Map<String, String> form, Optional<String> accessKeyId) {
        if (!"ListAccountAliases".equals(action)) {
            throw new IllegalArgumentException("InvalidAction: Could not find operation " + action
                    + " for version 2010-05-08");
        }
        AccountAliases account = directory.forAccessKey(accessKeyId);
        callsByAccount.merge(account.accountId(), 1, Integer::sum);
        List<String> aliases = account.aliases();
        int maxItems = maxItems(form.get("MaxItems"));
        int start = marker(form.get("Marker"), account);
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

    private static int marker(String value, AccountAliases account) {
        if (value == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(value);
            if (start >= 0 && start <= account.aliases().size()) {
                return start;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("InvalidInput: Invalid Marker " + value + " for account "
                + account.accountId());
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



    private record Fault(int status, String code, String message, int remaining) {
    }
}
