package com.backupsentinel.standins.tagging;

import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** GetResources over one region's tagged resources: ResourceTypeFilters, TagFilters, ResourceARNList, pagination. */
final class GetResources {

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 100;

    private final List<ObjectNode> resources;

    GetResources(List<ObjectNode> resources) {
        this.resources = resources;
    }

    ObjectNode run(JsonNode request) {
        int pageSize = pageSize(request);
        int start = start(request.path("PaginationToken").asText(""));
        List<String> typeFilters = strings(request.path("ResourceTypeFilters"));
        Set<String> arns = new HashSet<>(strings(request.path("ResourceARNList")));
        List<JsonNode> tagFilters = new ArrayList<>();
        request.path("TagFilters").forEach(tagFilters::add);
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        ArrayNode page = WireJson.MAPPER.createArrayNode();
        int index = start;
        for (; index < resources.size() && page.size() < pageSize; index++) {
            ObjectNode resource = resources.get(index);
            String arn = resource.path("ResourceARN").asText();
            if ((arns.isEmpty() || arns.contains(arn)) && matchesType(arn, typeFilters) && matchesTags(resource, tagFilters)) {
                page.add(resource);
            }
        }
        response.put("PaginationToken", index < resources.size() ? token(index) : "");
        response.set("ResourceTagMappingList", page);
        return response;
    }

    private static int pageSize(JsonNode request) {
        if (!request.has("ResourcesPerPage")) {
            return DEFAULT_PAGE;
        }
        int size = request.get("ResourcesPerPage").asInt();
        if (size < 1 || size > MAX_PAGE) {
            throw new TaggingError("InvalidParameterException", "ResourcesPerPage must be between 1 and 100, got " + size);
        }
        return size;
    }

    /** Matches AWS's "service[:resourceType]" filters against an ARN. */
    static boolean matchesType(String arn, List<String> filters) {
        if (filters.isEmpty()) {
            return true;
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return false;
        }
        String service = parts[2];
        String resource = parts[5];
        int cut = indexOfAny(resource);
        String type = cut < 0 ? "" : resource.substring(0, cut);
        for (String filter : filters) {
            int colon = filter.indexOf(':');
            String filterService = colon < 0 ? filter : filter.substring(0, colon);
            String filterType = colon < 0 ? null : filter.substring(colon + 1);
            if (filterService.equals(service) && (filterType == null || filterType.equals(type))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String resource) {
        int slash = resource.indexOf('/');
        int colon = resource.indexOf(':');
        if (slash < 0) {
            return colon;
        }
        return colon < 0 ? slash : Math.min(slash, colon);
    }

    /** Every filter must match (AND); within a filter any listed value (OR); no values means the key is present. */
    private static boolean matchesTags(JsonNode resource, List<JsonNode> filters) {
        for (JsonNode filter : filters) {
            String key = filter.path("Key").asText();
            List<String> values = strings(filter.path("Values"));
            boolean matched = false;
            for (JsonNode tag : resource.path("Tags")) {
                if (tag.path("Key").asText().equals(key) && (values.isEmpty() || values.contains(tag.path("Value").asText()))) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String token(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("tagging|" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int start(String token) {
        if (token.isEmpty()) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith("tagging|")) {
                return Integer.parseInt(plain.substring("tagging|".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new TaggingError("PaginationTokenExpiredException", "The PaginationToken is not valid: " + token);
    }
}
