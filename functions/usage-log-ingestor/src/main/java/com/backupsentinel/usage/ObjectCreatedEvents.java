package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an SQS message body as the EventBridge "Object Created" event from {@code aws.s3} that the template routes
 * to the queue: {@code detail.bucket.name}, {@code detail.object.key}, and when present {@code size} and {@code etag}
 * ({@code version-id} is not needed: the current version is read, see {@link ObjectStore}). Keys are used as delivered: a valid usage-log
 * or config key only holds characters that no encoding changes.
 */
final class ObjectCreatedEvents {

    static final String DETAIL_TYPE = "Object Created";
    static final String SOURCE = "aws.s3";

    private ObjectCreatedEvents() {
    }

    static IncomingObject parse(String body, String expectedBucket) {
        JsonNode event = readJson(body);
        if (event.has("Records")) {
            throw new InvalidEventException("the body is an S3 event notification (Records); this queue expects"
                    + " EventBridge \"Object Created\" events");
        }
        String detailType = text(event, "detail-type").orElse("");
        String source = text(event, "source").orElse("");
        if (!DETAIL_TYPE.equals(detailType) || !SOURCE.equals(source)) {
            throw new InvalidEventException("the body is not an EventBridge \"Object Created\" event from aws.s3"
                    + " (detail-type " + Texts.quote(detailType) + ", source " + Texts.quote(source) + ")");
        }
        JsonNode detail = event.path("detail");
        String bucket = text(detail.path("bucket"), "name").orElseThrow(
                () -> new InvalidEventException("the event has no detail.bucket.name"));
        if (!bucket.equals(expectedBucket)) {
            throw new InvalidEventException("the event names bucket " + Texts.quote(bucket)
                    + " but this function ingests from " + Texts.quote(expectedBucket) + " (REPORT_BUCKET)");
        }
        JsonNode object = detail.path("object");
        String key = text(object, "key").filter(k -> !k.isEmpty()).orElseThrow(
                () -> new InvalidEventException("the event has no detail.object.key"));
        JsonNode size = object.path("size");
        OptionalLong sizeValue = size.canConvertToLong() && size.isIntegralNumber()
                ? OptionalLong.of(size.longValue()) : OptionalLong.empty();
        Optional<String> etag = text(object, "etag").map(ObjectCreatedEvents::unquote).filter(e -> !e.isEmpty());
        return new IncomingObject(key, sizeValue, etag);
    }

    static String unquote(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag;
    }

    private static JsonNode readJson(String body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidEventException("the body is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("the body is not JSON");
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
