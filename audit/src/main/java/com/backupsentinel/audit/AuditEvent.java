package com.backupsentinel.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One recorded action, in the shape of the seed's user-event audit log: what was done ({@code opType}), when
 * ({@code createdAt}, exported as epoch milliseconds), by whom ({@code caller}), for which customer, with what
 * outcome ({@code responseCode}), with which parameters (secrets removed) and how long it took. Parameters and
 * payload are cut to a bounded size before their secrets are removed, so recording costs the same for a request of
 * a megabyte as for one of a few kilobytes.
 *
 * @param eventId unique id; breaks ties between events of the same millisecond so export order is total
 * @param source  the function that recorded the event
 */
public record AuditEvent(String eventId, String opType, Instant createdAt, String caller, String customerName,
                         int responseCode, Map<String, String> requestParams, String requestPayload,
                         long latencyInMillis, String source) {

    /** Longest request payload kept, in characters; longer ones are cut and marked. */
    public static final int MAX_PAYLOAD_CHARS = 4096;
    /** Most request parameters kept; a parameter {@code (parameters left out)} counts the rest. */
    public static final int MAX_PARAMS = 64;
    /** Longest parameter value kept, in characters. */
    public static final int MAX_PARAM_CHARS = 1024;

    public AuditEvent {
        requireText(eventId, "eventId");
        requireText(opType, "opType");
        Objects.requireNonNull(createdAt, "createdAt");
        caller = caller == null ? "" : caller;
        customerName = customerName == null ? "" : customerName;
        requestParams = Map.copyOf(SecretRedactor.redact(requestParams == null ? Map.of() : requestParams, MAX_PARAMS,
                MAX_PARAM_CHARS));
        requestPayload = SecretRedactor.cutAndRedact(requestPayload == null ? "" : requestPayload, MAX_PAYLOAD_CHARS);
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
}
