package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.inventory.Cursor;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.RegionInventory;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** One routed AWS Backup request: labels, query, body, and the inventory region it addresses. */
final class BackupRequest {

    static final int MAX_RESULTS = 1000;

    private final HttpCall call;
    private final Map<String, String> labels;
    private final Inventory inventory;
    private final String regionName;

    BackupRequest(HttpCall call, Map<String, String> labels, Inventory inventory) {
        this.call = call;
        this.labels = labels;
        this.inventory = inventory;
        this.regionName = call.region().orElse(inventory.primaryRegion());
    }

    Inventory inventory() {
        return inventory;
    }

    RegionInventory region() {
        return inventory.region(regionName);
    }

    String regionName() {
        return regionName;
    }

    String label(String name) {
        return labels.get(name);
    }

    Optional<String> query(String name) {
        return call.queryParam(name).filter(value -> !value.isEmpty());
    }

    String bodyText() {
        return call.bodyText();
    }

    /** The JSON request body as an object (empty object for an empty body). */
    ObjectNode body() {
        String text = call.bodyText();
        if (text.isBlank()) {
            return WireJson.MAPPER.createObjectNode();
        }
        try {
            JsonNode node = WireJson.MAPPER.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw new BackupError("SerializationException", 400, "The request body is not valid JSON");
        }
        throw new BackupError("SerializationException", 400, "The request body must be a JSON object");
    }

    /** {@code maxResults} within 1..1000, else 400; {@value #MAX_RESULTS} when absent. */
    int maxResults() {
        return maxResults("maxResults");
    }

    /** The page size under the query parameter {@code param} (newer operations spell it {@code MaxResults}). */
    int maxResults(String param) {
        Optional<String> raw = query(param);
        if (raw.isEmpty()) {
            return MAX_RESULTS;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw BackupError.invalidValue("Value '" + raw.get() + "' at 'maxResults' failed to satisfy constraint: "
                    + "Member must be a number");
        }
        if (value < 1) {
            throw BackupError.invalidValue("1 validation error detected: Value '" + value
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        if (value > MAX_RESULTS) {
            throw BackupError.invalidValue("1 validation error detected: Value '" + value
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
        }
        return value;
    }

    /** The cursor of a {@code nextToken} from a row list. */
    Optional<Cursor> cursor() {
        return cursor("nextToken");
    }

    /** The cursor of a row list's token under the query parameter {@code param}. */
    Optional<Cursor> cursor(String param) {
        Optional<String> token = query(param);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Cursor.decode(token.get())
                .orElseThrow(() -> BackupError.invalidValue("Invalid NextToken: " + token.get())));
    }

    /** A timestamp query parameter (ISO-8601 as the SDK sends it, or epoch seconds). */
    Optional<Long> instantParam(String name) {
        Optional<String> raw = query(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> instant = WireJson.instantOf(WireJson.MAPPER.getNodeFactory().textNode(raw.get()));
        if (instant.isEmpty()) {
            try {
                instant = WireJson.instantOf(WireJson.MAPPER.getNodeFactory().numberNode(new BigDecimal(raw.get())));
            } catch (NumberFormatException e) {
                throw BackupError.invalidValue("Value '" + raw.get() + "' at '" + name + "' is not a valid timestamp");
            }
        }
        return instant.map(Instant::toEpochMilli);
    }
}
