package com.backupsentinel.validator;

import java.util.Objects;

/** Who is running: the account (from the function's ARN) and the Lambda request id. */
public record Invocation(String accountId, String requestId) {

    public Invocation {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** Reads the account from {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}; empty when it has none. */
    public static Invocation of(String functionArn, String requestId) {
        String[] parts = functionArn == null ? new String[0] : functionArn.split(":");
        return new Invocation(parts.length > 4 ? parts[4] : "", requestId == null ? "" : requestId);
    }
}
