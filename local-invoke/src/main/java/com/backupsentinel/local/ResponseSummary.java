package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person reads at the end of a run, on stderr, while stdout keeps exactly what Lambda returns: for a response
 * that carries a {@code headline} and a {@code summaryTable} (the validator's), the status and headline, then the
 * table as plain lines. Other responses are short enough to read as they are, and get nothing.
 */
final class ResponseSummary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseSummary() {
    }

    /** The summary lines of {@code response}, or none when it is not a report response. */
    static List<String> of(byte[] response) {
        JsonNode root;
        try {
            root = JSON.readTree(response);
        } catch (IOException e) {
            return List.of();
        }
        if (root == null || !root.path("headline").isTextual() || !root.path("summaryTable").isArray()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        String status = root.path("status").asText("");
        lines.add((status.isEmpty() ? "" : status + ": ") + root.path("headline").asText());
        lines.add("");
        for (JsonNode row : root.path("summaryTable")) {
            lines.add(row.asText());
        }
        return lines;
    }
}
