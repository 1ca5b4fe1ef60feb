package com.backupsentinel.standins.sns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters of one query-protocol request, with the list and map encodings the AWS SDK uses. */
final class QueryForm {

    private final Map<String, String> values;

    QueryForm(Map<String, String> values) {
        this.values = values;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new SnsError("ValidationError", 400,
                    "1 validation error detected: Value null at '" + decapitalize(name) + "' failed to satisfy constraint: "
                            + "Member must not be null");
        }
        return value;
    }

    /** {@code Prefix.member.N} members: each as a sub-form of the keys below it, in index order. */
    List<QueryForm> members(String prefix) {
        return indexed(prefix + ".member.");
    }

    /** {@code Prefix.entry.N.key/value} entries of a string map, in index order. */
    Map<String, String> stringMap(String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (QueryForm entry : indexed(prefix + ".entry.")) {
            entry.optional("key").ifPresent(key -> map.put(key, entry.optional("value").orElse("")));
        }
        return map;
    }

    /** {@code Prefix.entry.N.*} entries of a structure-valued map, as sub-forms. */
    List<QueryForm> entries(String prefix) {
        return indexed(prefix + ".entry.");
    }

    private List<QueryForm> indexed(String prefix) {
        List<QueryForm> result = new ArrayList<>();
        for (int index = 1; ; index++) {
            String itemPrefix = prefix + index;
            Map<String, String> item = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                if (key.equals(itemPrefix)) {
                    item.put("", value);
                } else if (key.startsWith(itemPrefix + ".")) {
                    item.put(key.substring(itemPrefix.length() + 1), value);
                }
            });
            if (item.isEmpty()) {
                return result;
            }
            result.add(new QueryForm(item));
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
