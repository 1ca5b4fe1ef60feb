package com.backupsentinel.ondemand.service;

/** A request's overall status, spelled as the seed's status API spells it. */
public enum RequestStatus {
    PENDING("Pending"),
    RUNNING("Running"),
    SUCCESS("Success"),
    PARTIAL_FAILURE("PartialFailure"),
    FAILED("Failed");

    private final String wireName;

    RequestStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
