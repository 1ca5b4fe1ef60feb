package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A valid usage log in the canonical shape, for tests to vary. */
final class UsageLogFixtures {

    static final Instant NOW = Instant.parse("2025-11-21T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String KEY = "usage-logs/airbnb/2025-10-30_143052.json";
    static final String MD5 = "0cc175b9c0f1b6a831c399e269772661";
    static final String ARN = "arn:aws:iam::111122223333:user/john.doe";

    private UsageLogFixtures() {
    }

    /** What the seed's Terraform module writes: jsonencode sorts the keys. */
    static ObjectNode canonical() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("additional_users_count", 5);
        node.put("cluster_name", "arena-cluster");
        node.put("config_hash", MD5);
        node.put("customer_name", "airbnb");
        node.put("project_name", "airbnb-project");
        node.put("timestamp", "2025-10-30T14:30:52Z");
        node.put("user_arn", ARN);
        node.put("user_id", "AIDAEXAMPLEUSERID1234");
        return node;
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static UsageLog parse(ObjectNode node) {
        return new UsageLogParser(CLOCK).parse(UsageLogKey.parse(KEY), bytes(node));
    }
}
