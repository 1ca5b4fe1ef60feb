package com.backupsentinel.shared.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The EventBridge envelope around every AWS Backup event: who sent it, when, from which account and Region.
 * The account id is kept as text: AWS's own samples carry 13 digits.
 */
public record EventEnvelope(String id, String detailType, String source, String account, Instant time,
                            String region, List<String> resources) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(region, "region");
        resources = List.copyOf(resources);
    }
}
