package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An inventory folder's {@code manifest.json}.
 *
 * @param accountId       the account the exports come from (jobs of other accounts show only with ByAccountId)
 * @param primaryRegion   the region local invoke uses as AWS_REGION
 * @param exportedAt      when the exports were taken
 * @param shiftTimesToNow whether to move every timestamp by (now - exportedAt) on load (the demo: yes; a real export: no)
 */
public record InventoryManifest(String accountId, String primaryRegion, Instant exportedAt, boolean shiftTimesToNow) {

    public InventoryManifest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(primaryRegion, "primaryRegion");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    static InventoryManifest read(JsonNode json) {
        return new InventoryManifest(text(json, "accountId"), text(json, "primaryRegion"),
                instant(text(json, "exportedAt")), json.path("shiftTimesToNow").asBoolean(false));
    }

    /** The manifest as JSON, members in documented order. */
    public ObjectNode toJson() {
        ObjectNode json = WireJson.MAPPER.createObjectNode();
        json.put("accountId", accountId);
        json.put("primaryRegion", primaryRegion);
        json.put("exportedAt", exportedAt.toString());
        json.put("shiftTimesToNow", shiftTimesToNow);
        return json;
    }

    private static String text(JsonNode json, String member) {
        JsonNode value = json.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(InventoryLoader.MANIFEST + " needs a non-empty \"" + member + "\"");
        }
        return value.asText();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(InventoryLoader.MANIFEST + " \"exportedAt\" must be an ISO-8601 instant such as "
                    + "2026-11-22T06:00:00Z, got '" + text + "'", e);
        }
    }
}
