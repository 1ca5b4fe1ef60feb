package com.backupsentinel.orgvalidation.plan;

import java.util.List;

/** The OrgAccounts parameter's accounts, as given (no names: the shards read each account's IAM alias). */
public record FixedAccounts(List<String> accountIds) implements AccountDirectory {

    public FixedAccounts {
        accountIds = List.copyOf(accountIds);
    }

    @Override
    public AccountListing list() {
        return new AccountListing(accountIds.stream().map(id -> new OrgAccount(id, "")).toList(), accountIds.size(), 0);
    }

    @Override
    public String source() {
        return "PARAMETER";
    }
}
