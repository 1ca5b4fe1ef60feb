package com.backupsentinel.standins.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the fault injector does to a matching AWS call instead of forwarding it. */
public enum FaultKind {

    /** Reads the request and never answers: the client's own timeouts are the only way out. */
    HANG("hang"),
    /** Reads the request, forwards nothing and resets the connection (TCP RST). */
    RESET("reset"),
    /** Answers HTTP 500 in the service's own error shape (InternalFailure, InternalError, ...). */
    HTTP500("http500"),
    /** Answers the service's own throttling error (ThrottlingException, Throttled, SlowDown, ...). */
    THROTTLE("throttle"),
    /**
     * DynamoDB only: answers what DynamoDB answers a write that contends with a transaction on the same item,
     * {@code TransactionCanceledException} with a {@code TransactionConflict} reason for TransactWriteItems, and
     * {@code TransactionConflictException} for single-item writes.
     */
    CONFLICT("conflict");

    private final String wireName;

    FaultKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind named {@code name} ({@code hang}, {@code reset}, {@code http500}, {@code throttle}). */
    public static FaultKind of(String name) {
        for (FaultKind kind : values()) {
            if (kind.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "': use one of " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining("|"));
    }
}
