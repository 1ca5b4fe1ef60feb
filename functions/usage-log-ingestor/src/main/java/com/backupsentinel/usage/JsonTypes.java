package com.backupsentinel.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Names JSON value types in messages without echoing the values. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
