package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Keeps an invalid usage log where people can find it: a server-side copy at {@code quarantine/<original key>} and
 * a sidecar {@code quarantine/<original key>.reason.json} saying exactly why. The original stays where it is.
 * Writing both again for a redelivered object overwrites them with the same content.
 */
final class Quarantine {

    private final ObjectStore objects;
    private final Clock clock;

    Quarantine(ObjectStore objects, Clock clock) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void isolate(IncomingObject object, String etag, OptionalLong size, InvalidUsageLogException problem) {
        objects.copy(object.key(), ObjectKeys.quarantineKey(object.key()));
        objects.put(ObjectKeys.sidecarKey(object.key()), sidecar(object, etag, size, problem),
                "application/json");
    }

    byte[] sidecar(IncomingObject object, String etag, OptionalLong size, InvalidUsageLogException problem) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("bucket", objects.bucket());
        node.put("sourceKey", object.key());
        node.put("sourceETag", etag);
        if (size.isPresent()) {
            node.put("size", size.getAsLong());
        }
        node.put("reason", problem.reason().name());
        node.put("message", problem.getMessage());
        node.put("quarantinedAt", clock.instant().toString());
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode the quarantine sidecar", e);
        }
    }
}
