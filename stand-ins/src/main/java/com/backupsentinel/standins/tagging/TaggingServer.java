package com.backupsentinel.standins.tagging;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.JsonProtocol;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;

/**
 * The Resource Groups Tagging API's GetResources (JSON 1.1, {@code X-Amz-Target}) over an inventory's tagged
 * resources, per region (from the SigV4 credential scope).
 */
public final class TaggingServer implements AutoCloseable {

    private static final String TARGET_PREFIX = "ResourceGroupsTaggingAPI_20170126.";

    private final InventoryRouter accounts;
    private final LoopbackHttpServer server;

    private TaggingServer(InventoryRouter accounts) {
        this.accounts = accounts;
        this.server = LoopbackHttpServer.start("tagging-stand-in", this::handle);
    }

    public static TaggingServer start(Inventory inventory) {
        return new TaggingServer(InventoryRouter.single(inventory));
    }

    /** Serves every account of {@code accounts}, each request from the account that signed it. */
    public static TaggingServer start(InventoryRouter accounts) {
        return new TaggingServer(accounts);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            String target = call.header("X-Amz-Target").orElse("");
            Inventory inventory = accounts.forAccessKey(call.accessKeyId());
            String region = call.region().orElse(inventory.primaryRegion());
            try {
                if (!target.equals(TARGET_PREFIX + "GetResources")) {
                    throw new TaggingError("UnknownOperationException", "Operation " + target + " is not supported");
                }
                JsonNode request = JsonProtocol.body(call.bodyText(), "InvalidParameterException", TaggingError::new);
                ObjectNode response = new GetResources(inventory.region(region).taggedResources()).run(request);
                JsonProtocol.send(exchange, 200, response);
            } catch (RuntimeException e) {
                TaggingError failure = e instanceof TaggingError known ? known
                        : new TaggingError("InternalServiceException", "The tagging stand-in failed: " + e);
                int status = failure.code().equals("InternalServiceException") ? 500 : 400;
                JsonProtocol.send(exchange, status, JsonProtocol.error(failure.code(), failure.getMessage()));
            }
        }
    }
}
