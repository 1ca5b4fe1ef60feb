package com.backupsentinel.orgvalidation.aggregate;

import java.util.function.Consumer;

/** Reads what a Distributed Map's ResultWriter wrote (the S3 adapter in Lambda). */
public interface MapRunResults {

    /** The manifest at {@code key}; throws {@link IllegalStateException} naming the object when it is missing or unreadable. */
    MapRunManifest manifest(String bucket, String key);

    /**
     * Hands every child execution of a result file to {@code each}, one at a time (the file is streamed, never held
     * whole); a JSON array and JSON Lines are both read.
     */
    void read(String bucket, ResultFile file, Consumer<MapItemResult> each);
}
