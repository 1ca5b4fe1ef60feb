package com.backupsentinel.ondemand.service;

import java.util.List;
import java.util.Optional;

/**
 * The requests table: backup and restore requests (the audit trail) and idempotency records. Methods throw
 * {@link AwsCallException} when DynamoDB refuses.
 */
public interface RequestStore {

    /**
     * Writes a new request and answers it; when one with the same kind and timestamp exists, answers that one if it
     * was written by the same API request (same non-empty {@link RequestRecord#requestKey}: a retry), else nothing.
     */
    Optional<RequestRecord> create(RequestRecord record);

    /** Overwrites a request written by {@link #create}. */
    void save(RequestRecord record);

    Optional<RequestRecord> find(RequestKind kind, String timestamp);

    /** The request with the newest timestamp. */
    Optional<RequestRecord> latest(RequestKind kind);

    /** Up to {@code limit} requests, newest first, optionally only those of one caller ARN. */
    List<RequestRecord> recent(RequestKind kind, int limit, Optional<String> callerArn);

    /** Claims an idempotency key, or tells who holds it. */
    IdempotencyClaim claim(IdempotencyAttempt attempt);

    /** Stores the response for a claimed key so repeats get it back until the key expires. */
    void complete(String key, StoredResponse response);

    /**
     * Gives a claimed key up (the request was refused, failed or nothing started) so a repeat runs again at once. The
     * claim keeps its original time, so the repeat sends the same AWS Backup idempotency tokens (a job the failed
     * attempt did start is found, not started twice) and finds the same request record.
     */
    void release(String key);
}
