package com.backupsentinel.shared.member;

/** A member account's role could not be assumed; the message names the account, the role and the reason. */
public final class MemberAccessException extends RuntimeException {

    private final String accountId;
    private final String errorCode;

    public MemberAccessException(String accountId, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.accountId = accountId;
        this.errorCode = errorCode;
    }

    public String accountId() {
        return accountId;
    }

    /** STS's error code (AccessDenied, RegionDisabledException, ...), or {@code Unreachable}. */
    public String errorCode() {
        return errorCode;
    }
}
