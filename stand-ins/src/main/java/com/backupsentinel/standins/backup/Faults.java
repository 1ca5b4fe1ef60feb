package com.backupsentinel.standins.backup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Injected failures: the next N calls of an operation answer with a given error instead of running. */
final class Faults {

    private final Map<String, Fault> pending = new ConcurrentHashMap<>();

    void failNext(String operation, int status, String code, String message, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + times);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("httpStatus must be an error status (400-599), got " + status);
        }
        pending.put(operation, new Fault(new BackupError(code, status, message), times));
    }

    /** The error to answer this call of {@code operation} with, consuming one injected failure. */
    synchronized Optional<BackupError> take(String operation) {
        Fault fault = pending.get(operation);
        if (fault == null) {
            return Optional.empty();
        }
        if (fault.remaining() <= 1) {
            pending.remove(operation);
        } else {
            pending.put(operation, new Fault(fault.error(), fault.remaining() - 1));
        }
        return Optional.of(fault.error());
    }

    private record Fault(BackupError error, int remaining) {
    }
}
