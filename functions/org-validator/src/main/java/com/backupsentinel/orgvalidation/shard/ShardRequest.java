package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.orgvalidation.OrgRun;
import java.util.Objects;

/**
 * One item of the Distributed Map, as its ItemSelector shapes it: a member account (with the name Organizations
 * gives it, empty when the account list came from a parameter), one region, and the run it belongs to.
 */
public record ShardRequest(String accountId, String accountName, String region, OrgRun run) {

    public ShardRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(run, "run");
    }

    /** What CloudTrail shows in the member account for this shard's calls. */
    public String sessionName() {
        return "backup-sentinel-org-" + region;
    }
}
