package com.backupsentinel.ondemand.service;

import java.util.Objects;

/**
 * Who sent a request, as API Gateway's IAM authorizer reports it. The access key id is deliberately not kept.
 *
 * @param userArn        the signing principal, e.g. {@code arn:aws:sts::111122223333:assumed-role/Operator/alice}
 * @param accountId      the principal's account
 * @param callerId       the principal's unique id ({@code AROA...:alice}); empty when not reported
 * @param principalOrgId the principal's AWS Organizations id; empty when not reported
 * @param sourceIp       the client address API Gateway saw; empty when not reported
 * @param userAgent      the client's User-Agent; empty when not reported
 */
public record Caller(String userArn, String accountId, String callerId, String principalOrgId, String sourceIp,
                     String userAgent) {

    public Caller {
        Objects.requireNonNull(userArn, "userArn");
        Objects.requireNonNull(accountId, "accountId");
        callerId = Objects.requireNonNullElse(callerId, "");
        principalOrgId = Objects.requireNonNullElse(principalOrgId, "");
        sourceIp = Objects.requireNonNullElse(sourceIp, "");
        userAgent = Objects.requireNonNullElse(userAgent, "");
        if (userArn.isBlank()) {
            throw new IllegalArgumentException("userArn must not be blank");
        }
    }
}
