package com.backupsentinel.usage;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code {"action": "backfill", "prefix": optional, "continuationToken": optional}}. Without a prefix both
 * {@code terragrunt/} and {@code usage-logs/} are listed; a continuation token resumes an earlier backfill and
 * carries its prefixes.
 */
record BackfillRequest(Optional<String> prefix, Optional<String> continuationToken) implements Invocation {

    BackfillRequest {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(continuationToken, "continuationToken");
        prefix.ifPresent(BackfillCursor::requirePrefix);
        if (prefix.isPresent() && continuationToken.isPresent()) {
            throw new IllegalArgumentException("send either prefix or continuationToken, not both:"
                    + " the token already carries the prefix");
        }
    }

    BackfillCursor cursor() {
        return continuationToken.map(BackfillCursor::fromToken).orElseGet(() -> BackfillCursor.start(prefix));
    }
}
