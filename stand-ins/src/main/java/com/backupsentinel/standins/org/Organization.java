package com.backupsentinel.standins.org;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AWS Organization as the Organizations stand-in serves it: its id, its management account (the only caller
 * ListAccounts answers; member credentials get AccessDeniedException) and every account in ListAccounts order, the
 * management account included, as AWS lists it.
 */
public record Organization(String organizationId, String managementAccountId, List<ListedAccount> accounts) {

    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");

    public Organization {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(managementAccountId, "managementAccountId");
        accounts = List.copyOf(accounts);
        if (!ORGANIZATION_ID.matcher(organizationId).matches()) {
            throw new IllegalArgumentException("organizationId must look like o-a1b2c3d4e5, got '" + organizationId + "'");
        }
    }

    /** An organisation of one account, its management account (local invoke's: the served inventory's account). */
    public static Organization ofOneAccount(String accountId, String name, Instant joined) {
        return new Organization("o-standin0001", accountId, List.of(ListedAccount.active(accountId, name, joined)));
    }

    /** The account's ARN as Organizations gives it. */
    String arnOf(String accountId) {
        return "arn:aws:organizations::" + managementAccountId + ":account/" + organizationId + "/" + accountId;
    }
}
