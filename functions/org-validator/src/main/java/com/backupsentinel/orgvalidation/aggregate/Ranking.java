package com.backupsentinel.orgvalidation.aggregate;

import java.util.Comparator;

/**
 * Which accounts need attention first: the worst status (an account any of whose shards is ERROR first), then the
 * number of shards in error, then the risk score, then the account id (so equal accounts keep a stable order). The
 * score is the sum of the findings' weights as the validator ranks them (severity x environment x impact: a failed
 * production backup 600, a production hygiene warning 30) plus 1,000 per shard in error, more than any one finding.
 * A shard summary without a weight (written before the validator weighed findings) counts its findings by severity
 * with the validator's base weights (ERROR 100, WARNING 10, INFO 1).
 */
final class Ranking {

    static final long ERROR_SHARD_WEIGHT = 1_000;
    static final long ERROR_FINDING_WEIGHT = 100;
    static final long WARNING_FINDING_WEIGHT = 10;
    static final long INFO_FINDING_WEIGHT = 1;

    static final Comparator<AccountSummary> WORST_FIRST = Comparator
            .comparingInt((AccountSummary account) -> Statuses.rank(account.status())).reversed()
            .thenComparing(Comparator.comparingInt(AccountSummary::errorShards).reversed())
            .thenComparing(Comparator.comparingLong(AccountSummary::score).reversed())
            .thenComparing(AccountSummary::accountId);

    private Ranking() {
    }

    static long score(ShardResult shard) {
        return (shard.isError() ? ERROR_SHARD_WEIGHT : 0) + (shard.weight() > 0 ? shard.weight()
                : ERROR_FINDING_WEIGHT * shard.severityCount("ERROR")
                + WARNING_FINDING_WEIGHT * shard.severityCount("WARNING")
                + INFO_FINDING_WEIGHT * shard.severityCount("INFO"));
    }
}
