package com.backupsentinel.standins.org;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.JsonProtocol;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * AWS Organizations' JSON 1.1 protocol ({@code X-Amz-Target: AWSOrganizationsV20161128.<Operation>}) for the one
 * action the org validation plan calls, ListAccounts: {@code MaxResults} 1 to 20 (20 when absent), an opaque
 * {@code NextToken} while accounts remain, each account with Id, Arn, Email, Name, State (when the account has one),
 * Status, JoinedMethod and JoinedTimestamp (epoch seconds). Answers only the management account's credentials:
 * member credentials ({@link AssumedRoleKeys}) get AccessDeniedException, as a member account that is not a delegated
 * administrator does. Any other operation is UnknownOperationException; a token it did not hand out is
 * InvalidInputException (INVALID_PAGINATION_TOKEN). The next {@link #throttle(int)} calls answer
 * TooManyRequestsException. Every ListAccounts call is counted.
 */
public final class OrganizationsServer implements AutoCloseable {

    static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";
    static final int MAX_RESULTS = 20;
    private static final String TOKEN_PREFIX = "standin-accounts-from:";

    private final Organization organization;
    private final LoopbackHttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();

    private OrganizationsServer(Organization organization) {
        this.organization = organization;
        this.server = LoopbackHttpServer.start("organizations-stand-in", this::handle);
    }

    public static OrganizationsServer start(Organization organization) {
        return new OrganizationsServer(organization);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public Organization organization() {
        return organization;
    }

    /** ListAccounts calls received, throttled ones included. */
    public int listAccountsCalls() {
        return calls.get();
    }

    /** The next {@code count} ListAccounts calls answer TooManyRequestsException (HTTP 400), as AWS does under load. */
    public void throttle(int count) {
        throttled.set(count);
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            String target = call.header("X-Amz-Target").orElse("");
            try {
                if (!target.equals(TARGET_PREFIX + "ListAccounts")) {
                    throw new Failure("UnknownOperationException", "Operation " + target + " is not supported by the"
                            + " Organizations stand-in");
                }
                calls.incrementAndGet();
                if (throttled.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new Failure("TooManyRequestsException", "AWS Organizations can't complete your request"
                            + " because another request is already in progress. Try again later.");
                }
                Optional<String> member = AssumedRoleKeys.accountOf(call.accessKeyId().orElse(null));
                if (member.isPresent() && !member.get().equals(organization.managementAccountId())) {
                    throw new Failure("AccessDeniedException", "You don't have permissions to access this resource.");
                }
                JsonNode request = JsonProtocol.body(call.bodyText(), "InvalidInputException", Failure::of);
                JsonProtocol.send(exchange, 200, listAccounts(request));
            } catch (Failure failure) {
                ObjectNode error = JsonProtocol.error(failure.code, failure.getMessage());
                failure.reason.ifPresent(reason -> error.put("Reason", reason));
                JsonProtocol.send(exchange, 400, error);
            } catch (RuntimeException e) {
                JsonProtocol.send(exchange, 500, JsonProtocol.error("ServiceException",
                        "The Organizations stand-in failed: " + e));
            }
        }
    }

    private ObjectNode listAccounts(JsonNode request) {
        int maxResults = MAX_RESULTS;
        JsonNode max = request.get("MaxResults");
        if (max != null && !max.isNull()) {
            if (!max.isInt() || max.asInt() < 1 || max.asInt() > MAX_RESULTS) {
                throw new Failure("InvalidInputException", "MaxResults must be a number from 1 to " + MAX_RESULTS
                        + ", got " + max, "INVALID_INPUT");
            }
            maxResults = max.asInt();
        }
        List<ListedAccount> accounts = organization.accounts();
        int from = from(request.get("NextToken"), accounts.size());
        int to = Math.min(accounts.size(), from + maxResults);
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        ArrayNode page = response.putArray("Accounts");
        for (ListedAccount account : accounts.subList(from, to)) {
            ObjectNode node = page.addObject();
            node.put("Id", account.accountId());
            node.put("Arn", organization.arnOf(account.accountId()));
            node.put("Email", account.email());
            node.put("Name", account.name());
            account.state().ifPresent(state -> node.put("State", state));
            node.put("Status", account.status());
            node.put("JoinedMethod", account.joinedMethod());
            node.set("JoinedTimestamp", WireJson.timestamp(account.joined()));
        }
        if (to < accounts.size()) {
            response.put("NextToken", Base64.getEncoder().encodeToString((TOKEN_PREFIX + to)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return response;
    }

    private static int from(JsonNode token, int size) {
        if (token == null || token.isNull()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(token.asText()), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                int from = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (from > 0 && from < size) {
                    return from;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below, as AWS reports a token it did not issue
        }
        throw new Failure("InvalidInputException", "The specified pagination token isn't valid.",
                "INVALID_PAGINATION_TOKEN");
    }

    /** An Organizations error: its {@code __type}, message and, for InvalidInputException, its Reason. */
    private static final class Failure extends RuntimeException {

        private final String code;
        private final Optional<String> reason;

        Failure(String code, String message) {
            this(code, message, null);
        }

        Failure(String code, String message, String reason) {
            super(message);
            this.code = code;
            this.reason = Optional.ofNullable(reason);
        }

        /** The error {@code code}; an InvalidInputException's Reason is INVALID_INPUT. */
        static Failure of(String code, String message) {
            return new Failure(code, message, code.equals("InvalidInputException") ? "INVALID_INPUT" : null);
        }
    }
}
