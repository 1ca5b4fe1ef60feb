package com.backupsentinel.standins.org;

import java.util.Objects;

/**
 * A failure planted in a generated organisation, at one member account (and, for Lambda's, one region).
 *
 * @param regionIndex which of the run's regions, for failures of one shard; -1 for every region of the account
 */
public record PlantedFailure(Kind kind, String accountId, int regionIndex) {

    /** What goes wrong. */
    public enum Kind {
        /** The member role is missing: STS refuses AssumeRole (403 AccessDenied). */
        ASSUME_ROLE_DENIED,
        /** AWS Backup throttles every ListBackupJobs in the account (400 ThrottlingException). */
        BACKUP_API_THROTTLED,
        /** Lambda throttles every invocation of this shard: retries run out, the Map's Catch reports it. */
        LAMBDA_THROTTLED,
        /** Lambda throttles this shard's first two invocations: a retry succeeds. */
        LAMBDA_THROTTLED_ONCE_RETRIED,
        /** The last day's backup jobs of most resources failed (no recovery point, copies missing). */
        FAILED_BACKUP_JOBS
    }

    public PlantedFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
    }

    /** Whether this failure hits the shard of {@code account} in the region at {@code index}. */
    public boolean hits(String account, int index) {
        return accountId.equals(account) && (regionIndex < 0 || regionIndex == index);
    }

    /** Whether the shard it hits should rank among the worst of the run (all but the retried throttle). */
    public boolean ranksAtTop() {
        return kind != Kind.LAMBDA_THROTTLED_ONCE_RETRIED;
    }
}
