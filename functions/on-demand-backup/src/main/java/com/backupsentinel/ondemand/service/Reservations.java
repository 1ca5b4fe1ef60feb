package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gives each request a unique timestamp: the arrival second, or the next free second when another request of
 * the same kind took it (conditional write, so two invocations never share one). Request ids have the seed's
 * one-second resolution, so a burst of more than {@value #MAX_ATTEMPTS} requests is refused (429) rather than
 * pushed ever further into the future. A retry of the same API request (same request key, same arrival) gets the
 * record its first attempt reserved back, with whatever that attempt recorded.
 */
final class Reservations {

    static final int MAX_ATTEMPTS = 30;

    private final RequestStore store;

    Reservations(RequestStore store) {
        this.store = store;
    }

    RequestRecord reserve(Instant arrival, Function<String, RequestRecord> recordForTimestamp) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            RequestRecord record = recordForTimestamp.apply(RequestTimestamps.format(arrival.plusSeconds(attempt)));
            Optional<RequestRecord> reserved = store.create(record);
            if (reserved.isPresent()) {
                return reserved.get();
            }
        }
        throw new RequestRejectedException(RequestRejectedException.Reason.TOO_MANY, "", "more than " + MAX_ATTEMPTS
                + " requests arrived within " + MAX_ATTEMPTS + " seconds of " + RequestTimestamps.format(arrival)
                + " (request ids have one-second resolution); retry in a minute");
    }
}
