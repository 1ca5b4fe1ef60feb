package com.backupsentinel.validator.controls;

import java.util.Objects;

/**
 * The age in hours of a resource's newest usable recovery point; null when it has none. {@code name} is the name
 * AWS Backup gives the resource, else the last part of its ARN.
 */
public record RpoAge(String resourceArn, String name, String resourceType, Double ageHours, boolean breached) {

    public RpoAge {
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resourceType, "resourceType");
    }
}
