package com.backupsentinel.orgvalidation.aggregate;

import java.util.Comparator;

/**
 * Which accounts need attention first: the worst status (an account any of whose shards is ERROR first), then the
 * number of shards in error, then the risk score, then the account id (so equal accounts keep a stable order). The
 * score weighs each finding by its severity (ERROR 10, WARNING 3, INFO 1) and each shard in error by 100: one
 * account that could not be checked at all outranks one with a few warnings.
 */
final class Ranking {

    static final long ERROR_SHARD_WEIGHT = 100;
    static final long ERROR_FINDING_WEIGHT = 10;
    static final long WARNING_FINDING_WEIGHT = 3;
    static final long INFO_FINDING_WEIGHT = 1;

    static final Comparator<AccountSummary> WORST_FIRST = Comparator
            .comparingInt((AccountSummary account) -> Statuses.rank(account.status())).reversed()
            .thenComparing(Comparator.comparingInt(AccountSummary::errorShards).reversed())
            .thenComparing(Comparator.comparingLong(AccountSummary::score).reversed())
            .thenComparing(AccountSummary::accountId);

    private Ranking() {
    }

    static long score(ShardResult shard) {
        return (shard.isError() ? ERROR_SHARD_WEIGHT : 0)
                + ERROR_FINDING_WEIGHT * shard.severityCount("ERROR")
                + WARNING_FINDING_WEIGHT * shard.severityCount("WARNING")
                + INFO_FINDING_WEIGHT * shard.severityCount("INFO");
    }
}
