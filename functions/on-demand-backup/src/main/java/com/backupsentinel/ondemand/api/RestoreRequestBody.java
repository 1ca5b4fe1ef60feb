package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.RequestTimestamps;
import com.backupsentinel.ondemand.service.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /restores}: {@code {"timestamp": "<backup request>" | "recoveryPointArn": "...",
 * "skip": [resource types or ARNs], "confirm": true, "idempotencyKey": "..."}}.
 */
record RestoreRequestBody(Optional<String> timestamp, Optional<String> recoveryPointArn, List<String> skip,
                          Optional<String> idempotencyKey, String canonical) {

    static final int MAX_SKIP = 50;
    static final Set<String> FIELDS = Set.of("timestamp", "recoveryPointArn", "skip", "confirm", "idempotencyKey");

    static RestoreRequestBody parse(Optional<String> text) {
        JsonBody body = JsonBody.parse(text, FIELDS);
        Optional<String> timestamp = body.string("timestamp");
        Optional<String> recoveryPointArn = body.arn("recoveryPointArn");
        if (timestamp.isPresent() == recoveryPointArn.isPresent()) {
            throw HttpProblem.badRequest("timestamp", "give exactly one of timestamp (a backup request, e.g. "
                    + RequestTimestamps.EXAMPLE + ") and recoveryPointArn");
        }
        if (timestamp.isPresent() && !RequestTimestamps.isValid(timestamp.get())) {
            throw HttpProblem.badRequest("timestamp", "timestamp must look like " + RequestTimestamps.EXAMPLE
                    + " (UTC), got '" + RouteMatch.shorten(timestamp.get()) + "'");
        }
        List<String> skip = skipEntries(body.strings("skip", MAX_SKIP));
        Optional<String> idempotencyKey = body.idempotencyKey();
        if (!body.bool("confirm").orElse(false)) {
            throw HttpProblem.badRequest("confirm",
                    "confirm must be true: a restore creates resources from a backup, so it needs an explicit yes");
        }
        return new RestoreRequestBody(timestamp, recoveryPointArn, skip, idempotencyKey, body.canonical());
    }

    /** Resource types in AWS Backup's spelling, or ARNs; anything else is a 400. */
    private static List<String> skipEntries(List<String> entries) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.startsWith("arn:")) {
                JsonBody.requireArn("skip[" + i + "]", entry);
                result.add(entry);
            } else {
                int index = i;
                result.add(ResourceTypes.canonical(entry).orElseThrow(() -> HttpProblem.badRequest(
                        "skip[" + index + "]", "skip[" + index + "] must be an ARN or a resource type ("
                                + String.join(", ", ResourceTypes.KNOWN) + "), got '" + RouteMatch.shorten(entry)
                                + "'")));
            }
        }
        return result;
    }
}
