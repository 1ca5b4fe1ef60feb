package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An object to ingest, from an "Object Created" event or a backfill listing: what the event or listing said about
 * it before anything is downloaded.
 */
record IncomingObject(String key, OptionalLong size, Optional<String> etag) {

    IncomingObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(etag, "etag");
    }

    static IncomingObject listed(ListedObject object) {
        return new IncomingObject(object.key(), OptionalLong.of(object.size()),
                Optional.of(object.etag()));
    }
}
