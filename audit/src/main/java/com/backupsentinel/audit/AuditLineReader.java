package com.backupsentinel.audit;

import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an exported line back into its event, with {@link JsonTrees}. Apart from {@link AuditJson} because verifying a
 * method that catches {@code JsonProcessingException} loads Jackson's exception classes with the class that holds it:
 * the notifier writes an audit line for every alert and reads none.
 */
final class AuditLineReader {

    private AuditLineReader() {
    }

    static AuditEvent read(String line) {
        try {
            JsonNode node = JsonTrees.read(line);
            Map<String, String> params = new LinkedHashMap<>();
            node.path("requestParams").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            return new AuditEvent(node.path("eventId").asText(), node.path("opType").asText(),
                    Instant.ofEpochMilli(node.path("createdAt").asLong()), node.path("caller").asText(),
                    node.path("customerName").asText(), node.path("responseCode").asInt(), params,
                    node.path("requestPayload").asText(), node.path("latencyInMillis").asLong(),
                    node.path("source").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit line is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
