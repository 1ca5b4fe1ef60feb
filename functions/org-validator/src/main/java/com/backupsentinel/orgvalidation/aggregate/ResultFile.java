package com.backupsentinel.orgvalidation.aggregate;

import java.util.Objects;

/** One file the Map's ResultWriter wrote: its key in the destination bucket and its size in bytes. */
public record ResultFile(String key, long size) {

    public ResultFile {
        Objects.requireNonNull(key, "key");
    }
}
