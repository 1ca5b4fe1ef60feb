package com.backupsentinel.standins.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.backupsentinel.standins.inventory.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Offset pagination for the short lists (vaults, plans, selections, protected resources). */
final class SmallPages {

    private static final String PREFIX = "sentinel-offset|";

    private SmallPages() {
    }

    /** {@code {"<member>":[...page...],"NextToken":...}} for {@code items} under the request's maxResults/nextToken. */
    static ObjectNode page(BackupRequest request, String member, List<? extends JsonNode> items) {
        return page(request, member, items, "maxResults", "nextToken");
    }

    /** The same, for operations whose query parameters are spelled {@code MaxResults} and {@code NextToken}. */
    static ObjectNode page(BackupRequest request, String member, List<? extends JsonNode> items, String maxParam,
                           String tokenParam) {
        int limit = request.maxResults(maxParam);
        int start = request.query(tokenParam).map(SmallPages::decode).orElse(0);
        int end = Math.min(items.size(), start + limit);
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        ArrayNode array = response.putArray(member);
        for (int i = Math.min(start, items.size()); i < end; i++) {
            array.add(items.get(i));
        }
        if (end < items.size()) {
            response.put("NextToken", encode(end));
        }
        return response;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                return Integer.parseInt(plain.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw BackupError.invalidValue("Invalid NextToken: " + token);
    }
}
