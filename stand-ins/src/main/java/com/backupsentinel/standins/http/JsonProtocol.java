package com.backupsentinel.standins.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The pieces the AWS JSON 1.1 protocol's stand-ins (the tagging API, Organizations) share: the content type, the
 * request body read as a JSON object, and the error document ({@code __type} and {@code Message}).
 */
public final class JsonProtocol {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonProtocol() {
    }

    /**
     * The request body as a JSON object ({} when the body is empty). A body that is not JSON is the service's
     * SerializationException, one that is JSON but not an object its {@code invalidInputCode}, each built by
     * {@code failure} from the code and a message.
     */
    public static JsonNode body(String text, String invalidInputCode,
                                BiFunction<String, String, ? extends RuntimeException> failure) {
        JsonNode node;
        try {
            node = text.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw failure.apply("SerializationException", "The request body is not valid JSON");
        }
        if (!node.isObject()) {
            throw failure.apply(invalidInputCode, "The request body must be a JSON object");
        }
        return node;
    }

    /** The error document: the error's code as {@code __type} and its {@code Message}; callers may add fields. */
    public static ObjectNode error(String code, String message) {
        ObjectNode error = MAPPER.createObjectNode();
        error.put("__type", code);
        error.put("Message", message);
        return error;
    }

    /** Sends {@code body} with the protocol's content type. */
    public static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        HttpReplies.send(exchange, status, CONTENT_TYPE, MAPPER.writeValueAsBytes(body), Map.of());
    }
}
