package com.backupsentinel.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A Distributed Map's ItemReader as local-org-run runs it in place of Step Functions: its Parameters applied to the
 * Map's input ({@code Bucket.$}, {@code Key.$}), the object read with S3 GetObject, and, for {@code ReaderConfig
 * InputType JSON}, each element of the file's top-level JSON array one item, in order (streamed, as the ItemReader
 * does not hold the file in the state). A file that is not a JSON array, or an item that is not an object (the
 * ItemSelector reads fields of each), fails the Map as {@code States.ItemReaderFailed}. Other input types (CSV,
 * JSONL, manifests) and readers are refused with a message naming them, so a template edit that local-org-run cannot
 * follow fails loudly.
 */
final class ItemReaderFile {

    static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the items came from and what they were. */
    record Items(String bucket, String key, long bytes, List<ObjectNode> items) {
    }

    private ItemReaderFile() {
    }

    static Items read(S3Client s3, OrgStateMachine machine, JsonNode mapInput, JsonNode context) {
        if (!GET_OBJECT.equals(machine.itemReaderResource()) || !"JSON".equals(machine.itemReaderInputType())) {
            throw new IllegalArgumentException("local-org-run reads an ItemReader of " + GET_OBJECT
                    + " with InputType JSON only, not " + machine.itemReaderResource() + " with InputType "
                    + machine.itemReaderInputType());
        }
        ObjectNode parameters = JsonPaths.apply(machine.itemReaderParameters(), mapInput, context);
        String bucket = parameters.path("Bucket").asText();
        String key = parameters.path("Key").asText();
        String where = "s3://" + bucket + "/" + key;
        List<ObjectNode> items = new ArrayList<>();
        long bytes;
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(key));
             JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("States.ItemReaderFailed: " + where + " is not a JSON array");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode item = parser.readValueAsTree();
                if (!(item instanceof ObjectNode object)) {
                    throw new IllegalStateException("States.ItemReaderFailed: item " + items.size() + " of " + where
                            + " is not a JSON object: " + item);
                }
                items.add(object);
            }
            bytes = parser.currentLocation().getByteOffset();
        } catch (NoSuchKeyException e) {
            throw new IllegalStateException("States.ItemReaderFailed: " + where + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalStateException("States.ItemReaderFailed: " + where + " is not valid JSON: "
                    + e.getMessage(), e);
        }
        return new Items(bucket, key, bytes, items);
    }
}
