package com.backupsentinel.audit;

import com.backupsentinel.shared.json.JsonTrees;
import com.backupsentinel.shared.json.JsonWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exported line: one JSON object, fields in a fixed order, parameters sorted by name. Lines are written with
 * {@link JsonWriter} (Jackson's bytes without Jackson: the notifier writes one per alert on its cold path) and read
 * with {@link JsonTrees}.
 */
public final class AuditJson {

    private AuditJson() {
    }

    public static String toLine(AuditEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("opType", event.opType());
        line.put("createdAt", event.createdAt().toEpochMilli());
        line.put("caller", event.caller());
        line.put("customerName", event.customerName());
        line.put("responseCode", event.responseCode());
        line.put("requestParams", event.sortedParams());
        line.put("requestPayload", event.requestPayload());
        line.put("latencyInMillis", event.latencyInMillis());
        line.put("source", event.source());
        line.put("eventId", event.eventId());
        return JsonWriter.write(line);
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
