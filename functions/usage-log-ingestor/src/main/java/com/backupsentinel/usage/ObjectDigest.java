package com.backupsentinel.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An object's MD5 computed from its bytes (ETags are not MD5s under SSE-KMS or multipart uploads), and the version
 * S3 served when the bucket is versioned.
 */
record ObjectDigest(String md5, long size, Instant lastModified, Optional<String> versionId) {

    ObjectDigest {
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(versionId, "versionId");
    }
}
