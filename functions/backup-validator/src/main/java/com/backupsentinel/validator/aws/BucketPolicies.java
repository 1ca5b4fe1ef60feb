package com.backupsentinel.validator.aws;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads a bucket policy: does a Deny statement cover requests with {@code aws:SecureTransport} false? */
final class BucketPolicies {

    private BucketPolicies() {
    }

    static boolean deniesInsecureTransport(String policy) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(policy);
        } catch (JsonProcessingException e) {
            return false;
        }
        JsonNode statements = root.path("Statement");
        Iterable<JsonNode> list = statements.isArray() ? statements : List.of(statements);
        for (JsonNode statement : list) {
            if ("Deny".equals(statement.path("Effect").asText())) {
                JsonNode value = statement.path("Condition").path("Bool").path("aws:SecureTransport");
                if (value.isArray() ? value.size() == 1 && "false".equals(value.get(0).asText())
                        : "false".equals(value.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
