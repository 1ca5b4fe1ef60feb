package com.backupsentinel.validator.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * How S3 says an object is encrypted (HeadObject): {@code algorithm} is {@code aws:kms}, {@code aws:kms:dsse},
 * {@code AES256}, or empty when S3 states none; {@code kmsKeyId} the key S3 names for SSE-KMS.
 */
public record ObjectEncryption(String algorithm, Optional<String> kmsKeyId) {

    public ObjectEncryption {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
    }

    public boolean kms() {
        return algorithm.startsWith("aws:kms");
    }
}
