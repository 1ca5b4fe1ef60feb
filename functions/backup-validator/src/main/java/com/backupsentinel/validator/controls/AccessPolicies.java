package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a vault access policy: does some Deny statement cover {@code backup:DeleteRecoveryPoint}? */
final class AccessPolicies {

    static final String DELETE_ACTION = "backup:DeleteRecoveryPoint";

    private AccessPolicies() {
    }

    /** True when a statement with Effect Deny has an Action matching {@value #DELETE_ACTION} (wildcards too). */
    static boolean deniesRecoveryPointDeletion(String policy) throws JsonProcessingException {
        JsonNode root = Json.mapper().readTree(policy);
        for (JsonNode statement : list(root.path("Statement"))) {
            if (!"Deny".equals(statement.path("Effect").asText())) {
                continue;
            }
            for (JsonNode action : list(statement.path("Action"))) {
                if (Wildcards.matches(action.asText().toLowerCase(Locale.ROOT),
                        DELETE_ACTION.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            items.add(node);
        }
        return items;
    }
}
