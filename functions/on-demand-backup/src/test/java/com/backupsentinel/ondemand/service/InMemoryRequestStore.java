package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link RequestStore} in memory with the same claim rules as the DynamoDB adapter, for service tests. */
public final class InMemoryRequestStore implements RequestStore {

    /** One idempotency record. */
    private record Claim(String fingerprint, Instant since, Instant expiresAt, Instant leaseUntil,
                         Optional<StoredResponse> response, boolean released) {
    }

    private final Map<RequestKind, TreeMap<String, RequestRecord>> requests = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private int saves;

    @Override
    public synchronized Optional<RequestRecord> create(RequestRecord record) {
        RequestRecord existing = partition(record.kind()).putIfAbsent(record.timestamp(), record);
        if (existing == null) {
            return Optional.of(record);
        }
        return !record.requestKey().isEmpty() && record.requestKey().equals(existing.requestKey())
                ? Optional.of(existing) : Optional.empty();
    }

    @Override
    public synchronized void save(RequestRecord record) {
        saves++;
        partition(record.kind()).put(record.timestamp(), record);
    }

    @Override
    public synchronized Optional<RequestRecord> find(RequestKind kind, String timestamp) {
        return Optional.ofNullable(partition(kind).get(timestamp));
    }

    @Override
    public synchronized Optional<RequestRecord> latest(RequestKind kind) {
        return Optional.ofNullable(partition(kind).lastEntry()).map(Map.Entry::getValue);
    }

    @Override
    public synchronized List<RequestRecord> recent(RequestKind kind, int limit, Optional<String> callerArn) {
        List<RequestRecord> result = new ArrayList<>(partition(kind).descendingMap().values());
        result.removeIf(record -> callerArn.isPresent() && !callerArn.get().equals(record.caller().userArn()));
        result.sort(Comparator.comparing(RequestRecord::timestamp).reversed());
        return List.copyOf(result.subList(0, Math.min(limit, result.size())));
    }

    @Override
    public synchronized IdempotencyClaim claim(IdempotencyAttempt attempt) {
        Claim held = claims.get(attempt.key());
        if (held == null || held.expiresAt().isBefore(attempt.now())
                || held.released() && !held.fingerprint().equals(attempt.fingerprint())) {
            claims.put(attempt.key(), new Claim(attempt.fingerprint(), attempt.now(), attempt.expiresAt(),
                    attempt.leaseUntil(), Optional.empty(), false));
            return new IdempotencyClaim.Claimed(attempt.now());
        }
        if (held.response().isEmpty() && (held.released() || held.leaseUntil().isBefore(attempt.now()))
                && held.fingerprint().equals(attempt.fingerprint())) {
            claims.put(attempt.key(), new Claim(held.fingerprint(), held.since(), held.expiresAt(),
                    attempt.leaseUntil(), Optional.empty(), false));
            return new IdempotencyClaim.Claimed(held.since());
        }
        if (!held.fingerprint().equals(attempt.fingerprint())) {
            return new IdempotencyClaim.Mismatch();
        }
        return held.response().<IdempotencyClaim>map(IdempotencyClaim.Replay::new)
                .orElseGet(IdempotencyClaim.InProgress::new);
    }

    @Override
    public synchronized void complete(String key, StoredResponse response) {
        Claim held = claims.get(key);
        claims.put(key, new Claim(held.fingerprint(), held.since(), held.expiresAt(), held.leaseUntil(),
                Optional.of(response), false));
    }

    @Override
    public synchronized void release(String key) {
        Claim held = claims.get(key);
        if (held != null && held.response().isEmpty()) {
            claims.put(key, new Claim(held.fingerprint(), held.since(), held.expiresAt(), held.leaseUntil(),
                    Optional.empty(), true));
        }
    }

    /** How many idempotency keys are held (claimed or completed; released ones are free). */
    public synchronized int heldClaims() {
        return (int) claims.values().stream().filter(claim -> !claim.released()).count();
    }

    /** How many times a request record was overwritten with its outcome. */
    public synchronized int saves() {
        return saves;
    }

    public synchronized List<RequestRecord> all(RequestKind kind) {
        return List.copyOf(partition(kind).values());
    }

    private TreeMap<String, RequestRecord> partition(RequestKind kind) {
        return requests.computeIfAbsent(kind, k -> new TreeMap<>());
    }
}
