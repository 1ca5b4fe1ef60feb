package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSONPath subset of Amazon States Language that the org validation state machine uses where local-org-run
 * runs it in place of Step Functions: Parameters / ItemSelector templates whose {@code key.$} values are a plain
 * path into the state's input ({@code $.a.b}) or into the context object ({@code $$.Execution.Name},
 * {@code $$.Map.Item.Value.accountId}); other values are copied. Anything else (filters, intrinsic functions) is
 * refused with a message naming the expression, so an edit of the template that local-org-run cannot follow fails
 * loudly instead of being run differently.
 */
final class JsonPaths {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPaths() {
    }

    /** The template applied to {@code input} and {@code context}. */
    static ObjectNode apply(Map<String, Object> template, JsonNode input, JsonNode context) {
        ObjectNode result = JSON.createObjectNode();
        template.forEach((key, value) -> {
            if (key.endsWith(".$")) {
                result.set(key.substring(0, key.length() - 2), path(String.valueOf(value), input, context));
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                result.set(key, apply(inner, input, context));
            } else {
                result.set(key, JSON.valueToTree(value));
            }
        });
        return result;
    }

    /** {@code $}, {@code $.a.b} (input) or {@code $$.a.b} (context); a missing field is an error, as in Step Functions. */
    static JsonNode path(String expression, JsonNode input, JsonNode context) {
        JsonNode root;
        String rest;
        if (expression.startsWith("$$")) {
            root = context;
            rest = expression.substring(2);
        } else if (expression.startsWith("$")) {
            root = input;
            rest = expression.substring(1);
        } else {
            throw unsupported(expression);
        }
        JsonNode node = root;
        if (rest.isEmpty()) {
            return node;
        }
        if (!rest.startsWith(".")) {
            throw unsupported(expression);
        }
        for (String field : List.of(rest.substring(1).split("\\."))) {
            if (!field.matches("[A-Za-z0-9_]+")) {
                throw unsupported(expression);
            }
            node = node.get(field);
            if (node == null) {
                throw new IllegalArgumentException("States.Runtime: the JSONPath '" + expression + "' could not be"
                        + " found in the input");
            }
        }
        return node;
    }

    private static IllegalArgumentException unsupported(String expression) {
        return new IllegalArgumentException("local-org-run runs the paths $, $.a.b and $$.a.b only, not '" + expression
                + "'");
    }
}
