package com.backupsentinel.ondemand.service;

import java.util.Map;
import java.util.Objects;

/** A resource of the account and its tags, as the Resource Groups Tagging API lists it. */
public record TaggedResource(String arn, Map<String, String> tags) {

    public TaggedResource {
        Objects.requireNonNull(arn, "arn");
        tags = Map.copyOf(tags);
    }
}
