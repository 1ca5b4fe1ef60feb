package com.backupsentinel.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One version of a customer's {@code config.yaml}, identified by the MD5 of its bytes. */
record ConfigVersion(String customer, String md5, Instant firstSeenAt, String sourceKey, Optional<String> versionId,
                     long size) {

    ConfigVersion {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(versionId, "versionId");
    }
}
