package com.backupsentinel.standins.iam;

import java.util.List;
import java.util.Objects;

/** An account and its IAM aliases (AWS allows at most one; the API returns a list). */
public record AccountAliases(String accountId, List<String> aliases) {

    public AccountAliases {
        Objects.requireNonNull(accountId, "accountId");
        aliases = List.copyOf(aliases);
    }
}
