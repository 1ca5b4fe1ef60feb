package com.backupsentinel.orgvalidation.plan;

import java.util.Objects;

/**
 * The plan's answer, which is all that enters the execution's state (a few hundred bytes, whatever the size of the
 * organisation): where the items file is, where the accounts came from, and the counts.
 *
 * @param listedAccounts    accounts the directory listed
 * @param notActiveAccounts listed accounts left out for not being ACTIVE
 * @param excludedAccounts  ACTIVE accounts left out for being in OrgExcludedAccounts
 * @param accounts          accounts validated
 * @param shards            items in the file: accounts x regions
 * @param bytes             size of the items file
 */
public record ShardPlan(String bucket, String key, String source, int listedAccounts, int notActiveAccounts,
                        int excludedAccounts, int accounts, int regions, int shards, long bytes) {

    public ShardPlan {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
    }
}
