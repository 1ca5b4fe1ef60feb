package com.backupsentinel.ondemand.api;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request body as a JSON object, read field by field; every problem is a 400 naming the field and what is
 * wrong. Unknown fields and repeated fields are refused so a typo never silently changes what happens.
 */
final class JsonBody {

    static final Pattern ARN = Pattern.compile("^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\\d{12})?:\\S+$");
    static final int MAX_ARN_LENGTH = 1600;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
    private static final ObjectReader READER = Json.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ObjectNode object;

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    /** An empty or absent body is an empty object. */
    static JsonBody parse(Optional<String> text, Set<String> allowedFields) {
        if (text.isEmpty() || text.get().isBlank()) {
            return new JsonBody(Json.mapper().createObjectNode());
        }
        JsonNode node;
        try {
            node = READER.readTree(text.get());
        } catch (JsonProcessingException e) {
            // a parser limit (nesting depth, number or string length) reports no location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw HttpProblem.badRequest("body", "body is not valid JSON" + where + ": "
                    + RouteMatch.shorten(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw HttpProblem.badRequest("body", "body must be a JSON object, got " + kind(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                throw HttpProblem.badRequest(RouteMatch.shorten(name), "unknown field '" + RouteMatch.shorten(name)
                        + "'; allowed fields: " + String.join(", ", new TreeSet<>(allowedFields)));
            }
        }
        return new JsonBody((ObjectNode) node);
    }

    boolean has(String field) {
        return object.has(field) && !object.get(field).isNull();
    }

    Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = object.get(field);
        if (!value.isBoolean()) {
            throw HttpProblem.badRequest(field, field + " must be true or false, got " + kind(value));
        }
        return Optional.of(value.booleanValue());
    }

    Optional<String> string(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = object.get(field);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw HttpProblem.badRequest(field, field + " must be a non-empty string, got " + kind(value));
        }
        return Optional.of(value.textValue().trim());
    }

    Optional<String> idempotencyKey() {
        Optional<String> key = string("idempotencyKey");
        if (key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches()) {
            throw HttpProblem.badRequest("idempotencyKey",
                    "idempotencyKey must be 1 to 128 letters, digits or . _ : -, got '"
                            + RouteMatch.shorten(key.get()) + "'");
        }
        return key;
    }

    Optional<String> arn(String field) {
        Optional<String> value = string(field);
        value.ifPresent(arn -> requireArn(field, arn));
        return value;
    }

    /** A list of strings; empty when the field is absent, a 400 when it is present but empty. */
    List<String> strings(String field, int max) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = object.get(field);
        if (!value.isArray()) {
            throw HttpProblem.badRequest(field, field + " must be an array of strings, got " + kind(value));
        }
        if (value.isEmpty() || value.size() > max) {
            throw HttpProblem.badRequest(field, field + " must list 1 to " + max + " entries, got " + value.size());
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String name = field + "[" + i + "]";
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw HttpProblem.badRequest(name, name + " must be a non-empty string, got " + kind(item));
            }
            String text = item.textValue().trim();
            if (result.contains(text)) {
                throw HttpProblem.badRequest(name, name + " repeats '" + RouteMatch.shorten(text) + "'");
            }
            result.add(text);
        }
        return result;
    }

    static void requireArn(String field, String value) {
        if (value.length() > MAX_ARN_LENGTH || !ARN.matcher(value).matches()) {
            throw HttpProblem.badRequest(field, field + " must be an ARN such as "
                    + "arn:aws:rds:eu-west-1:111122223333:db:orders, got '" + RouteMatch.shorten(value) + "'");
        }
    }

    /** The body with object keys sorted, so equal requests compare equal whatever their field order. */
    String canonical() {
        try {
            return Json.mapper().writeValueAsString(sorted(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode a parsed body", e);
        }
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(field -> map.put(field.getKey(), sorted(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(sorted(item)));
            return list;
        }
        return node;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "the string \"" + RouteMatch.shorten(node.textValue()) + "\"";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "value");
    }
}
