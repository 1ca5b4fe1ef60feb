package com.backupsentinel.orgvalidation.plan;

/** Where the plan writes the Distributed Map's items: the report bucket. */
public interface PlanStore {

    String bucket();

    /** Writes {@code json} (a JSON array) at {@code key}, replacing what a retried run wrote there. */
    void put(String key, byte[] json);
}
