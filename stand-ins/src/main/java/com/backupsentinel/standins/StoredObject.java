package com.backupsentinel.standins;

import java.util.Arrays;
import java.util.Objects;

/**
 * An object held by the S3 stand-in.
 *
 * @param bucket  the bucket name
 * @param key     the object key
 * @param content the object's bytes (a copy)
 */
public record StoredObject(String bucket, String key, byte[] content) {

    public StoredObject {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredObject that && bucket.equals(that.bucket) && key.equals(that.key)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bucket, key, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "StoredObject[s3://" + bucket + "/" + key + ", " + content.length + " bytes]";
    }
}
