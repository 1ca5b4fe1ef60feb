package com.backupsentinel.shared.member;

import java.time.Instant;
import java.util.Objects;

/** Temporary credentials of a member account's role, as STS AssumeRole hands them out. */
public record MemberCredentials(String accountId, String accessKeyId, String secretAccessKey, String sessionToken,
                                Instant expiration) {

    public MemberCredentials {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(expiration, "expiration");
    }

    /** Never the secret or the token: these credentials may end up in a log line by accident. */
    @Override
    public String toString() {
        return "MemberCredentials[account=" + accountId + ", accessKeyId=" + accessKeyId + ", expiration="
                + expiration + "]";
    }
}
