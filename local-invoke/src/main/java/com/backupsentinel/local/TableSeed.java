package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items an inventory supplies for a template table: {@code <inventory>/dynamodb/<LogicalId>.json}, in the shape
 * {@code aws dynamodb scan --output json} prints ({@code {"Items": [{"pk": {"S": "..."}, ...}]}}). Local invoke
 * writes them into a table it has just created on the embedded stand-ins, never into one that already existed.
 */
final class TableSeed {

    private TableSeed() {
    }

    /** Writes the seed items of {@code logicalId} into {@code table}; returns how many (0 when there is no file). */
    static int load(DynamoDbClient dynamoDb, Path seedFolder, String logicalId, String table) {
        Path file = seedFolder.resolve(logicalId + ".json");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<Map<String, AttributeValue>> items = read(file);
        items.forEach(item -> dynamoDb.putItem(r -> r.tableName(table).item(item)));
        return items.size();
    }

    static List<Map<String, AttributeValue>> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SetupException("Table seed " + file + " cannot be read as JSON: " + e.getMessage(), e);
        }
        JsonNode items = root == null ? null : root.get("Items");
        if (items == null || !items.isArray()) {
            throw new SetupException("Table seed " + file + " must be {\"Items\": [...]} as `aws dynamodb scan` prints it",
                    null);
        }
        List<Map<String, AttributeValue>> result = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            item.properties().forEach(e -> attributes.put(e.getKey(), value(file, e.getKey(), e.getValue())));
            result.add(attributes);
        }
        return result;
    }

    private static AttributeValue value(Path file, String name, JsonNode typed) {
        if (!typed.isObject() || typed.size() != 1) {
            throw new SetupException("Table seed " + file + ": attribute " + name
                    + " must be one typed value such as {\"S\": \"text\"}", null);
        }
        Map.Entry<String, JsonNode> only = typed.properties().iterator().next();
        JsonNode v = only.getValue();
        switch (only.getKey()) {
            case "S":
                return AttributeValue.builder().s(v.asText()).build();
            case "N":
                return AttributeValue.builder().n(v.asText()).build();
            case "BOOL":
                return AttributeValue.builder().bool(v.asBoolean()).build();
            case "NULL":
                return AttributeValue.builder().nul(true).build();
            case "SS":
                return AttributeValue.builder().ss(texts(v)).build();
            case "NS":
                return AttributeValue.builder().ns(texts(v)).build();
            case "L":
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(element -> list.add(value(file, name, element)));
                return AttributeValue.builder().l(list).build();
            case "M":
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                v.properties().forEach(e -> map.put(e.getKey(), value(file, name + "." + e.getKey(), e.getValue())));
                return AttributeValue.builder().m(map).build();
            default:
                throw new SetupException("Table seed " + file + ": attribute " + name + " has unsupported type "
                        + only.getKey() + " (use S, N, BOOL, NULL, SS, NS, L or M)", null);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
