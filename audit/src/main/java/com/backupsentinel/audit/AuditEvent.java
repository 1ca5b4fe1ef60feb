package com.backupsentinel.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One recorded action, in the shape of the seed's user-event audit log: what was done ({@code opType}), when
 * ({@code createdAt}, exported as epoch milliseconds), by whom ({@code caller}), for which customer, with what
 * outcome ({@code responseCode}), with which parameters (secrets removed) and how long it took.
 *
 * @param eventId unique id; breaks ties between events of the same millisecond so export order is total
 * @param source  the function that recorded the event
 */
public record AuditEvent(String eventId, String opType, Instant createdAt, String caller, String customerName,
                         int responseCode, Map<String, String> requestParams, String requestPayload,
                         long latencyInMillis, String source) {

    /** Longest request payload kept, in characters; longer ones are cut and marked. */
    public static final int MAX_PAYLOAD_CHARS = 4096;

    public AuditEvent {
        requireText(eventId, "eventId");
        requireText(opType, "opType");
        Objects.requireNonNull(createdAt, "createdAt");
        caller = caller == null ? "" : caller;
        customerName = customerName == null ? "" : customerName;
        requestParams = Map.copyOf(SecretRedactor.redact(requestParams == null ? Map.of() : requestParams));
        requestPayload = truncate(SecretRedactor.redactText(requestPayload == null ? "" : requestPayload));
        source = source == null ? "" : source;
        if (latencyInMillis < 0) {
            throw new IllegalArgumentException("latencyInMillis must not be negative, got " + latencyInMillis);
        }
    }

    /** The parameters in name order, as they are exported. */
    public Map<String, String> sortedParams() {
        return new TreeMap<>(requestParams);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String truncate(String payload) {
        if (payload.length() <= MAX_PAYLOAD_CHARS) {
            return payload;
        }
        return payload.substring(0, MAX_PAYLOAD_CHARS) + "...[truncated " + (payload.length() - MAX_PAYLOAD_CHARS)
                + " chars]";
    }
}
