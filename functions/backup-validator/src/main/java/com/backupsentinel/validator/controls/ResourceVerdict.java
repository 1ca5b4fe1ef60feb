package com.backupsentinel.validator.controls;

import java.util.Objects;

/**
 * A resource a control evaluated, and whether it complied. {@code resourceName} is filled in once the region's
 * resource names are known (empty until then).
 */
public record ResourceVerdict(String resourceArn, String resourceName, String resourceType, String accountId,
                              boolean compliant) {

    public ResourceVerdict {
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(accountId, "accountId");
    }

    public ResourceVerdict named(String name) {
        return new ResourceVerdict(resourceArn, name, resourceType, accountId, compliant);
    }
}
