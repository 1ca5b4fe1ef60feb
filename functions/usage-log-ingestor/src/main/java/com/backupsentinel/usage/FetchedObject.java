package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;

/** What {@link ObjectStore#fetch} read: the bytes (absent when over the limit), the size and the ETag. */
record FetchedObject(Optional<byte[]> content, long size, String etag) {

    FetchedObject {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(etag, "etag");
    }
}
