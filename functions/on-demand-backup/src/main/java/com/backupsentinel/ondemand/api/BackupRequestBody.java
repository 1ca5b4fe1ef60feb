package com.backupsentinel.ondemand.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /backups}: {@code {"resources": [ARN, ...], "onlyConfig": false,
 * "idempotencyKey": "..."}}, every field optional.
 */
record BackupRequestBody(List<String> resources, boolean onlyConfig, Optional<String> idempotencyKey,
                         String canonical) {

    static final int MAX_RESOURCES = 50;
    static final Set<String> FIELDS = Set.of("resources", "onlyConfig", "idempotencyKey");

    static BackupRequestBody parse(Optional<String> text) {
        JsonBody body = JsonBody.parse(text, FIELDS);
        List<String> resources = body.strings("resources", MAX_RESOURCES);
        for (int i = 0; i < resources.size(); i++) {
            JsonBody.requireArn("resources[" + i + "]", resources.get(i));
        }
        boolean onlyConfig = body.bool("onlyConfig").orElse(false);
        if (onlyConfig && !resources.isEmpty()) {
            throw HttpProblem.badRequest("resources",
                    "resources cannot be combined with onlyConfig: a configuration backup saves no resource data");
        }
        return new BackupRequestBody(resources, onlyConfig, body.idempotencyKey(), body.canonical());
    }
}
