package com.backupsentinel.ondemand.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * AWS Backup's own idempotency tokens: one per resource (or recovery point) of a request, derived from the
 * request's token seed so a repeated or retried request sends the same tokens and AWS Backup starts nothing twice.
 */
final class IdempotencyTokens {

    private IdempotencyTokens() {
    }

    static String forTarget(String tokenSeed, String targetArn) {
        return UUID.nameUUIDFromBytes((tokenSeed + "|" + targetArn).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
