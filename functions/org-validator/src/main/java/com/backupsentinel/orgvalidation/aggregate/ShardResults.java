package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a ResultWriter record into a {@link ShardResult}. Three shapes: a shard's own summary (the child execution
 * succeeded with the shard's output); the state machine's Catch output ({@code status: ERROR} with
 * {@code failure: {Error, Cause}}, after Retry gave up); a child execution that itself FAILED, TIMED_OUT or ABORTED
 * (its Input names the account and region, Error and Cause say why). An unreadable record is an ERROR shard of
 * account "unknown", never a crash: one bad record must not lose the other 1,999.
 */
final class ShardResults {

    static final int MAX_REASON = 500;
    static final String UNKNOWN = "unknown";

    private ShardResults() {
    }

    static ShardResult from(MapItemResult item) {
        if ("SUCCEEDED".equals(item.status()) && item.output().isPresent()) {
            Optional<JsonNode> output = parse(item.output().get());
            if (output.isEmpty() || !output.get().isObject()) {
                return unreadable(item, "its output is not a JSON object");
            }
            JsonNode shard = output.get();
            if (shard.has("failure")) {
                return caught(shard);
            }
            return summary(shard);
        }
        JsonNode input = item.input().flatMap(ShardResults::parse).orElse(Json.mapper().createObjectNode());
        String reason = "child execution " + item.status() + ": " + item.error().orElse("no error given")
                + item.cause().map(cause -> ": " + causeMessage(cause)).orElse("");
        return ShardResult.failed(text(input, "accountId", UNKNOWN), text(input, "accountName", ""),
                text(input, "region", UNKNOWN), cut(reason));
    }

    private static ShardResult summary(JsonNode shard) {
        Map<String, Long> severities = new LinkedHashMap<>();
        shard.path("findingsBySeverity").fields().forEachRemaining(e -> severities.put(e.getKey(),
                e.getValue().asLong()));
        List<ControlLine> controls = new ArrayList<>();
        for (JsonNode control : shard.path("controls")) {
            controls.add(new ControlLine(text(control, "control", UNKNOWN), text(control, "status", UNKNOWN),
                    control.path("compliantResources").asLong(), control.path("nonCompliantResources").asLong(),
                    control.path("findings").asLong()));
        }
        List<JsonNode> top = new ArrayList<>();
        shard.path("topFindings").forEach(top::add);
        Map<String, String> reports = new LinkedHashMap<>();
        shard.path("reports").fields().forEachRemaining(e -> reports.put(e.getKey(), e.getValue().asText()));
        return new ShardResult(text(shard, "accountId", UNKNOWN), text(shard, "accountName", ""),
                text(shard, "region", UNKNOWN), text(shard, "status", ShardResult.ERROR),
                cut(text(shard, "reason", "")), shard.path("complete").asBoolean(false),
                shard.path("findings").asLong(), shard.path("nonCompliantResources").asLong(), severities,
                Math.max(0, shard.path("weight").asLong()), controls,
                top, reports, shard.path("durationMillis").asLong());
    }

    private static ShardResult caught(JsonNode shard) {
        JsonNode failure = shard.path("failure");
        String reason = "shard failed after retries: " + text(failure, "Error", "no error given")
                + (failure.hasNonNull("Cause") ? ": " + causeMessage(failure.path("Cause").asText()) : "");
        return ShardResult.failed(text(shard, "accountId", UNKNOWN), text(shard, "accountName", ""),
                text(shard, "region", UNKNOWN), cut(reason));
    }

    private static ShardResult unreadable(MapItemResult item, String why) {
        JsonNode input = item.input().flatMap(ShardResults::parse).orElse(Json.mapper().createObjectNode());
        return ShardResult.failed(text(input, "accountId", UNKNOWN), text(input, "accountName", ""),
                text(input, "region", UNKNOWN), "unreadable shard result: " + why);
    }

    /** A Lambda error's Cause is its error JSON ({@code errorMessage}, {@code errorType}); anything else is text. */
    static String causeMessage(String cause) {
        Optional<JsonNode> json = parse(cause);
        if (json.isPresent() && json.get().hasNonNull("errorMessage")) {
            JsonNode error = json.get();
            return (error.hasNonNull("errorType") ? error.get("errorType").asText() + ": " : "")
                    + error.get("errorMessage").asText();
        }
        return cause;
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(Json.mapper().readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? fallback : value.asText();
    }

    static String cut(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
    }
}
