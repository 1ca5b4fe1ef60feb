package com.backupsentinel.orgvalidation.shard;

/** A Map item the shard cannot run; the message names the field and what a valid value looks like. */
public final class InvalidShardRequestException extends IllegalArgumentException {

    public InvalidShardRequestException(String message) {
        super(message);
    }
}
