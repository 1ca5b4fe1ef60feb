package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a backfill stands: the prefixes still to list (the current one first) and the last key fully processed
 * under it. Its token is opaque to callers (base64url of a small JSON document) and validated when it comes back.
 * Without a prefix a backfill lists {@code terragrunt/} first, so deployments find their config versions, then
 * {@code usage-logs/}.
 */
record BackfillCursor(List<String> prefixes, Optional<String> startAfter) {

    static final List<String> DEFAULT_PREFIXES = List.of(ObjectKeys.TERRAGRUNT, ObjectKeys.USAGE_LOGS);
    static final int MAX_PREFIX_LENGTH = 512;

    BackfillCursor {
        prefixes = List.copyOf(prefixes);
        Objects.requireNonNull(startAfter, "startAfter");
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("a backfill cursor needs at least one prefix");
        }
        prefixes.forEach(BackfillCursor::requirePrefix);
        if (startAfter.isPresent() && !startAfter.get().startsWith(prefixes.get(0))) {
            throw new IllegalArgumentException("continuationToken is not one this function issued");
        }
    }

    static BackfillCursor start(Optional<String> prefix) {
        return new BackfillCursor(prefix.map(List::of).orElse(DEFAULT_PREFIXES), Optional.empty());
    }

    String prefix() {
        return prefixes.get(0);
    }

    BackfillCursor after(String key) {
        return new BackfillCursor(prefixes, Optional.of(key));
    }

    /** The cursor for the next prefix, or empty when this was the last. */
    Optional<BackfillCursor> nextPrefix() {
        if (prefixes.size() == 1) {
            return Optional.empty();
        }
        return Optional.of(new BackfillCursor(prefixes.subList(1, prefixes.size()), Optional.empty()));
    }

    String token() {
        ObjectNode node = Json.mapper().createObjectNode();
        ArrayNode list = node.putArray("prefixes");
        prefixes.forEach(list::add);
        startAfter.ifPresent(key -> node.put("startAfter", key));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static BackfillCursor fromToken(String token) {
        try {
            JsonNode node = Json.mapper().readTree(Base64.getUrlDecoder().decode(token));
            List<String> prefixes = new ArrayList<>();
            node.path("prefixes").forEach(prefix -> prefixes.add(prefix.asText()));
            JsonNode startAfter = node.path("startAfter");
            return new BackfillCursor(prefixes,
                    startAfter.isTextual() ? Optional.of(startAfter.textValue()) : Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("continuationToken is not one this function issued");
        }
    }

    /** A prefix a backfill may list: under usage-logs/ or terragrunt/, without '..' or control characters. */
    static String requirePrefix(String prefix) {
        boolean allowed = prefix.startsWith(ObjectKeys.USAGE_LOGS) || prefix.startsWith(ObjectKeys.TERRAGRUNT);
        if (!allowed || prefix.contains("..") || Texts.hasControlCharacters(prefix)
                || prefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("prefix " + Texts.quote(prefix) + " must start with "
                    + ObjectKeys.USAGE_LOGS + " or " + ObjectKeys.TERRAGRUNT + ", hold no '..' and be at most "
                    + MAX_PREFIX_LENGTH + " characters");
        }
        return prefix;
    }
}
