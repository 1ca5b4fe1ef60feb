package com.backupsentinel.usage;

import com.backupsentinel.shared.json.JsonMaps;
import com.backupsentinel.shared.text.UntrustedText;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tells the handler's two input shapes apart: an SQS batch (a {@code Records} array whose entries carry
 * {@code messageId} and {@code body}) or a direct invoke (an {@code action} of {@code report}, {@code backfill} or
 * {@code config-history}). Direct invokes with unknown fields are rejected, naming the field.
 */
final class Invocations {

    static final Set<String> REPORT_FIELDS = Set.of("action", "customer", "from", "to");
    static final Set<String> BACKFILL_FIELDS = Set.of("action", "prefix", "continuationToken");
    static final Set<String> HISTORY_FIELDS = Set.of("action", "customer", "date", "configHash");

    private Invocations() {
    }

    static Invocation parse(Map<String, Object> event) {
        if (event == null) {
            throw new IllegalArgumentException("The event is empty: expected an SQS batch or {\"action\": ...}");
        }
        JsonNode node = JsonMaps.toTree(event);
        if (node.has("Records")) {
            return sqsBatch(node.get("Records"));
        }
        if (node.has("action")) {
            return direct(node);
        }
        throw new IllegalArgumentException("The event is neither an SQS batch (Records) nor a direct invoke (action:"
                + " report, backfill or config-history); its fields are " + shown(new TreeSet<>(fieldNames(node))));
    }

    private static SqsBatch sqsBatch(JsonNode records) {
        if (!records.isArray()) {
            throw new IllegalArgumentException("Records must be an array of SQS messages");
        }
        List<SqsMessage> messages = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode id = record.path("messageId");
            JsonNode body = record.path("body");
            if (!id.isTextual() || !body.isTextual()) {
                throw new IllegalArgumentException("Records[" + messages.size()
                        + "] is not an SQS message: messageId and body must be strings");
            }
            int receiveCount = record.path("attributes").path("ApproximateReceiveCount").asInt(1);
            messages.add(new SqsMessage(id.textValue(), body.textValue(), receiveCount));
        }
        return new SqsBatch(messages);
    }

    private static Invocation direct(JsonNode node) {
        String action = node.path("action").asText("");
        switch (action) {
            case "report":
                requireOnly(node, REPORT_FIELDS, action);
                return new ReportRequest(text(node, "customer"), date(node, "from"), date(node, "to"));
            case "backfill":
                requireOnly(node, BACKFILL_FIELDS, action);
                return new BackfillRequest(text(node, "prefix"), text(node, "continuationToken"));
            case "config-history":
                requireOnly(node, HISTORY_FIELDS, action);
                return new ConfigHistoryRequest(text(node, "customer").orElseThrow(
                        () -> new IllegalArgumentException("config-history needs customer")),
                        date(node, "date"), text(node, "configHash"));
            default:
                throw new IllegalArgumentException("Unknown action " + Texts.quote(action)
                        + ": expected report, backfill or config-history");
        }
    }

    private static void requireOnly(JsonNode node, Set<String> allowed, String action) {
        for (String field : fieldNames(node)) {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("Unknown field " + Texts.quote(field) + " in the " + action
                        + " request; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return Optional.of(value.textValue()).filter(text -> !text.isBlank());
    }

    private static Optional<LocalDate> date(JsonNode node, String field) {
        Optional<String> text = text(node, field);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " " + Texts.quote(text.get()) + " is not a date (YYYY-MM-DD)");
        }
    }

    /** At most five names, each cut to {@value Texts#MAX_ECHO} characters, and how many more there are. */
    private static String shown(Set<String> names) {
        String listed = names.stream().limit(5).map(name -> UntrustedText.excerpt(name, Texts.MAX_ECHO))
                .collect(Collectors.joining(", "));
        return "[" + listed + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "") + "]";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
