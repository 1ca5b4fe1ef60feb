package com.backupsentinel.ondemand.service;

import java.util.Optional;

/** The report bucket. Methods throw {@link AwsCallException} when S3 refuses. */
public interface ObjectStore {

    /** The bucket's name, for links and records. */
    String bucket();

    /** The object's bytes; empty when there is no such key. */
    Optional<byte[]> read(String key);

    void write(String key, byte[] content, String contentType);
}
