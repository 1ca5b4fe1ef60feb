package com.backupsentinel.ondemand.service;

import java.util.Objects;

/** The response given to the first of a set of repeated requests, kept to answer the repeats. */
public record StoredResponse(int statusCode, String body) {

    public StoredResponse {
        Objects.requireNonNull(body, "body");
    }
}
