package com.backupsentinel.standins.org;

import java.util.Objects;

/** One member account of a generated organisation, as Organizations ListAccounts names it. */
public record MemberAccount(int index, String accountId, String name) {

    public MemberAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }
}
