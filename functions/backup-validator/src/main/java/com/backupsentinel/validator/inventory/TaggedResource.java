package com.backupsentinel.validator.inventory;

import java.util.Map;
import java.util.Objects;

/** A resource as the Resource Groups Tagging API returns it: its ARN and tags. */
public record TaggedResource(String arn, Map<String, String> tags) {

    public TaggedResource {
        Objects.requireNonNull(arn, "arn");
        tags = Map.copyOf(tags);
    }
}
