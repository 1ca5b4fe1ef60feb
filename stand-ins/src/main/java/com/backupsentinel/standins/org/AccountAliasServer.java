package com.backupsentinel.standins.org;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.inventory.Inventory;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM's query protocol (version 2010-05-08) for the one action org-wide alerts call, ListAccountAliases, answering
 * for the account whose credentials signed the request ({@link MemberAccounts#alias}). Any other action is IAM's
 * 400 InvalidAction; an account the organisation gives no alias has none. Every call is counted.
 */
public final class AccountAliasServer implements AutoCloseable {

    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private final MemberAccounts accounts;
    private final LoopbackHttpServer server;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    private AccountAliasServer(MemberAccounts accounts) {
        this.accounts = accounts;
        this.server = LoopbackHttpServer.start("iam-alias-stand-in", this::handle);
    }

    public static AccountAliasServer start(MemberAccounts accounts) {
        return new AccountAliasServer(accounts);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** ListAccountAliases calls received per account. */
    public int callCount(String accountId) {
        return calls.getOrDefault(accountId, 0);
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
            if (!"ListAccountAliases".equals(action)) {
                String body = "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>InvalidAction"
                        + "</Code><Message>Could not find operation " + escape(action) + " for version 2010-05-08"
                        + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
                HttpReplies.send(exchange, 400, "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            Inventory account = accounts.forAccessKey(call.accessKeyId());
            calls.merge(account.accountId(), 1, Integer::sum);
            Optional<String> alias = accounts.alias(account.accountId());
            String body = "<ListAccountAliasesResponse xmlns=\"" + NAMESPACE + "\"><ListAccountAliasesResult>"
                    + "<IsTruncated>false</IsTruncated><AccountAliases>"
                    + alias.map(a -> "<member>" + escape(a) + "</member>").orElse("") + "</AccountAliases>"
                    + "</ListAccountAliasesResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                    + "</RequestId></ResponseMetadata></ListAccountAliasesResponse>";
            HttpReplies.send(exchange, 200, "text/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
