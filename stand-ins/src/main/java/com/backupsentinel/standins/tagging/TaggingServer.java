package com.backupsentinel.standins.tagging;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The Resource Groups Tagging API's GetResources (JSON 1.1, {@code X-Amz-Target}) over an inventory's tagged
 * resources, per region (from the SigV4 credential scope).
 */
public final class TaggingServer implements AutoCloseable {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
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
                JsonNode request = parse(call.bodyText());
                ObjectNode response = new GetResources(inventory.region(region).taggedResources()).run(request);
                HttpReplies.send(exchange, 200, CONTENT_TYPE, WireJson.bytes(response), Map.of());
            } catch (RuntimeException e) {
                TaggingError failure = e instanceof TaggingError known ? known
                        : new TaggingError("InternalServiceException", "The tagging stand-in failed: " + e);
                ObjectNode error = WireJson.MAPPER.createObjectNode();
                error.put("__type", failure.code());
                error.put("Message", failure.getMessage());
                int status = failure.code().equals("InternalServiceException") ? 500 : 400;
                HttpReplies.send(exchange, status, CONTENT_TYPE, WireJson.bytes(error), Map.of());
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body.isBlank() ? WireJson.MAPPER.createObjectNode() : WireJson.MAPPER.readTree(body);
            if (!node.isObject()) {
                throw new TaggingError("InvalidParameterException", "The request body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new TaggingError("SerializationException", "The request body is not valid JSON");
        }
    }
}
