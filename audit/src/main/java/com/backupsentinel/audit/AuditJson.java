package com.backupsentinel.audit;

import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exported line: one JSON object, fields in a fixed order, parameters sorted by name. */
public final class AuditJson {

    private AuditJson() {
    }

    public static String toLine(AuditEvent event) {
        ObjectNode node = JsonTrees.object();
        node.put("opType", event.opType());
        node.put("createdAt", event.createdAt().toEpochMilli());
        node.put("caller", event.caller());
        node.put("customerName", event.customerName());
        node.put("responseCode", event.responseCode());
        ObjectNode params = node.putObject("requestParams");
        event.sortedParams().forEach(params::put);
        node.put("requestPayload", event.requestPayload());
        node.put("latencyInMillis", event.latencyInMillis());
        node.put("source", event.source());
        node.put("eventId", event.eventId());
        return JsonTrees.write(node);
    }

    public static AuditEvent fromLine(String line) {
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
