package com.backupsentinel.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accepted names of each usage-log field, canonical first. A name with a dot is a field of a nested object
 * ({@code aws_user.arn}). When two names of one field are both present the log is ambiguous and rejected.
 */
final class UsageLogFields {

    static final List<String> CUSTOMER = List.of("customer_name", "customer");
    static final List<String> USER_ARN = List.of("user_arn", "aws_user_arn", "caller_arn", "arn", "aws_user.arn");
    static final List<String> USER_ID = List.of("user_id", "aws_user_id", "aws_user.user_id");
    static final List<String> TIMESTAMP = List.of("timestamp", "deployed_at");
    static final List<String> CONFIG_HASH = List.of("config_hash", "config_md5");
    static final List<String> ADDITIONAL_USERS = List.of("additional_users_count", "additional_users");
    static final List<String> PROJECT = List.of("project_name", "atlas_project_name");
    static final List<String> CLUSTER = List.of("cluster_name", "atlas_cluster_name");

    private final JsonNode root;

    UsageLogFields(JsonNode root) {
        this.root = root;
    }

    /** The value under whichever accepted name is present; rejects none or several. */
    JsonNode required(List<String> names) {
        return find(names).orElseThrow(() -> new InvalidUsageLogException(QuarantineReason.MISSING_FIELD,
                names.get(0) + " is missing" + (names.size() > 1 ? " (also accepted: "
                        + String.join(", ", names.subList(1, names.size())) + ")" : "")));
    }

    /** A required string value. */
    String string(List<String> names) {
        JsonNode node = required(names);
        if (!node.isTextual()) {
            throw new InvalidUsageLogException(QuarantineReason.WRONG_TYPE,
                    nameOf(names) + " must be a string, got " + JsonTypes.describe(node));
        }
        return node.textValue();
    }

    /** The name actually used in this log for the field (the canonical one when absent). */
    String nameOf(List<String> names) {
        return names.stream().filter(name -> lookup(name).isPresent()).findFirst().orElse(names.get(0));
    }

    private Optional<JsonNode> find(List<String> names) {
        List<String> present = new ArrayList<>();
        JsonNode found = null;
        for (String name : names) {
            Optional<JsonNode> value = lookup(name);
            if (value.isPresent()) {
                present.add(name);
                found = value.get();
            }
        }
        if (present.size() > 1) {
            throw new InvalidUsageLogException(QuarantineReason.AMBIGUOUS_FIELD,
                    "fields " + String.join(" and ", present) + " are both present; send one");
        }
        return Optional.ofNullable(found);
    }

    private Optional<JsonNode> lookup(String name) {
        int dot = name.indexOf('.');
        JsonNode parent = dot < 0 ? root : root.get(name.substring(0, dot));
        String child = dot < 0 ? name : name.substring(dot + 1);
        if (parent == null || !parent.isObject()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parent.get(child));
    }
}
