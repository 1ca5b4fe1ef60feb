package com.backupsentinel.orgvalidation.aggregate;

/** The aggregator's input does not name a ResultWriter manifest or a run; the message says which field. */
public final class InvalidAggregateRequestException extends IllegalArgumentException {

    public InvalidAggregateRequestException(String message) {
        super(message);
    }
}
