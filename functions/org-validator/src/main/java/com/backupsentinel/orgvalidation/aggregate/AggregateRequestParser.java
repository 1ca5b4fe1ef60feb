package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.orgvalidation.OrgRun;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code {"resultWriterDetails": {"Bucket", "Key"}, "mapRunArn", "runId", "runStartedAt"}} (the state
 * machine's Aggregate task builds it from the Map's output and the execution context).
 */
public final class AggregateRequestParser {

    static final Set<String> FIELDS = Set.of("resultWriterDetails", "mapRunArn", "runId", "runStartedAt");
    private static final int MAX_ECHO = 80;

    private AggregateRequestParser() {
    }

    public static AggregateRequest parse(Map<String, Object> input) {
        if (input == null) {
            throw new InvalidAggregateRequestException("The aggregator input is empty: expected {\"resultWriterDetails\":"
                    + " {\"Bucket\", \"Key\"}, \"mapRunArn\", \"runId\", \"runStartedAt\"}");
        }
        Set<String> unknown = new TreeSet<>(input.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new InvalidAggregateRequestException("Unknown field(s) " + echo(String.valueOf(unknown))
                    + " in the aggregator input; expected " + new TreeSet<>(FIELDS));
        }
        Object details = input.get("resultWriterDetails");
        if (!(details instanceof Map<?, ?> writer)) {
            throw new InvalidAggregateRequestException("resultWriterDetails is required: the Map state's"
                    + " ResultWriterDetails ({\"Bucket\", \"Key\"} of its manifest.json)");
        }
        String bucket = text(writer.get("Bucket"), "resultWriterDetails.Bucket");
        String key = text(writer.get("Key"), "resultWriterDetails.Key");
        if (!key.endsWith("manifest.json")) {
            throw new InvalidAggregateRequestException("resultWriterDetails.Key must name the ResultWriter's"
                    + " manifest.json, got '" + echo(key) + "'");
        }
        String mapRunArn = text(input.get("mapRunArn"), "mapRunArn");
        String runId = text(input.get("runId"), "runId");
        String started = text(input.get("runStartedAt"), "runStartedAt");
        try {
            return new AggregateRequest(bucket, key, mapRunArn, new OrgRun(runId, Instant.parse(started)));
        } catch (DateTimeParseException e) {
            throw new InvalidAggregateRequestException("runStartedAt must be an ISO-8601 time such as"
                    + " 2026-11-22T06:30:00.123Z ($$.Execution.StartTime), got '" + echo(started) + "'");
        } catch (IllegalArgumentException e) {
            throw new InvalidAggregateRequestException(e.getMessage());
        }
    }

    private static String text(Object value, String field) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidAggregateRequestException(field + " is required and must be a non-empty string");
        }
        return text.trim();
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }
}
