package com.backupsentinel.validator.sources;

import java.util.List;
import java.util.Objects;

/**
 * A bucket's protection settings: versioning enabled, all four public access block settings on, the lifecycle
 * rules, and a bucket policy denying requests without TLS ({@code aws:SecureTransport} false).
 */
public record BucketProtection(Probe<Boolean> versioningEnabled, Probe<Boolean> publicAccessBlocked,
                               Probe<List<LifecycleRule>> lifecycleRules, Probe<Boolean> tlsOnlyPolicy) {

    public BucketProtection {
        Objects.requireNonNull(versioningEnabled, "versioningEnabled");
        Objects.requireNonNull(publicAccessBlocked, "publicAccessBlocked");
        Objects.requireNonNull(lifecycleRules, "lifecycleRules");
        Objects.requireNonNull(tlsOnlyPolicy, "tlsOnlyPolicy");
    }
}
