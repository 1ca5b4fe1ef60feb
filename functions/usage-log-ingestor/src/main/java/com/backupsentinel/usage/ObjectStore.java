package com.backupsentinel.usage;

import java.util.Optional;

/**
 * The bucket named by {@code REPORT_BUCKET}, as this function uses it. Implemented over S3 by {@link S3ObjectStore}.
 * Reads are of the current version of a key: usage logs are written once under a new key each, and a config.yaml is
 * recorded by the MD5 of what is read, with the version id S3 reports for it.
 */
interface ObjectStore {

    /**
     * Reads the object if it has at most {@code maxBytes} bytes; a bigger one is not downloaded past the limit and
     * comes back without content.
     *
     * @throws ObjectMissingException when the object does not exist
     */
    FetchedObject fetch(String key, long maxBytes);

    /** Streams the object through MD5 without keeping it. */
    ObjectDigest md5(String key);

    /** Server-side copy of {@code source} to {@code targetKey} in the same bucket. */
    void copy(String sourceKey, String targetKey);

    void put(String key, byte[] content, String contentType);

    /** One page of keys under {@code prefix}, in key order, after {@code startAfter} when given. */
    ObjectPage list(String prefix, Optional<String> startAfter, int maxKeys);

    /** The bucket's name, for locations in responses. */
    String bucket();
}
