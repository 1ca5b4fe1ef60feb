package com.backupsentinel.audit;

import com.backupsentinel.shared.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exported line: one JSON object, fields in a fixed order, parameters sorted by name. Lines are written with
 * {@link JsonWriter} (Jackson's bytes without Jackson: the notifier writes one per alert on its cold path) and read
 * by {@link AuditLineReader}, a class of its own so that writing one loads no Jackson class.
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

    /**
     * The event of an exported line.
     *
     * @throws IllegalArgumentException when the line is not valid JSON
     */
    public static AuditEvent fromLine(String line) {
        return AuditLineReader.read(line);
    }
}
