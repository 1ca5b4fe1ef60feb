package com.backupsentinel.orgvalidation.plan;

import java.util.Objects;

/**
 * One account to validate: its id and the name Organizations gives it (empty when the list came from the OrgAccounts
 * parameter; the shard then names it by its IAM alias).
 */
public record OrgAccount(String accountId, String name) {

    public OrgAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }
}
