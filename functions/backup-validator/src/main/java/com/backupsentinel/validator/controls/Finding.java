package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import java.util.Objects;

/**
 * One thing a control found wrong: which resource, which rule, what was observed and what the threshold is.
 * A finding always makes its resource non-compliant for that control; {@code severity} says how loudly.
 * {@code resourceName} is filled in once the region's resource names are known (empty until then).
 */
public record Finding(ControlId control, String region, String accountId, String resourceArn, String resourceName,
                      String resourceType, String rule, String observed, String threshold, Severity severity) {

    public Finding {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(severity, "severity");
    }

    public Finding named(String name) {
        return new Finding(control, region, accountId, resourceArn, name, resourceType, rule, observed, threshold,
                severity);
    }
}
