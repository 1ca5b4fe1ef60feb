package com.backupsentinel.audit;

import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an auditor needs to prove an export is whole: the period, the object, how many events it holds, the
 * first and last {@code createdAt}, and the SHA-256 of the compressed object.
 */
public record ExportManifest(LocalDate period, String objectKey, long count, Optional<Instant> firstCreatedAt,
                             Optional<Instant> lastCreatedAt, String sha256, long bytes) {

    public String toJson() {
        ObjectNode node = JsonTrees.object();
        node.put("period", period.toString());
        node.put("objectKey", objectKey);
        node.put("format", "application/x-ndjson+gzip");
        node.put("count", count);
        firstCreatedAt.ifPresentOrElse(t -> node.put("firstCreatedAt", t.toEpochMilli()),
                () -> node.putNull("firstCreatedAt"));
        lastCreatedAt.ifPresentOrElse(t -> node.put("lastCreatedAt", t.toEpochMilli()),
                () -> node.putNull("lastCreatedAt"));
        node.put("sha256", sha256);
        node.put("bytes", bytes);
        return JsonTrees.writePretty(node) + "\n";
    }

    public static ExportManifest fromJson(String json) {
        try {
            JsonNode node = JsonTrees.read(json);
            return new ExportManifest(LocalDate.parse(node.path("period").asText()), node.path("objectKey").asText(),
                    node.path("count").asLong(), epochMillis(node.path("firstCreatedAt")),
                    epochMillis(node.path("lastCreatedAt")), node.path("sha256").asText(),
                    node.path("bytes").asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Manifest is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<Instant> epochMillis(JsonNode node) {
        return node.isNumber() ? Optional.of(Instant.ofEpochMilli(node.asLong())) : Optional.empty();
    }
}
