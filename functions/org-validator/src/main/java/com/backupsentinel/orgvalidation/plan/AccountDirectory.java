package com.backupsentinel.orgvalidation.plan;

/**
 * Where the accounts of an org run come from: Organizations ListAccounts, or the fixed OrgAccounts list. An answer
 * that no retry can change (Organizations refusing this account) is an {@link OrgPlanException}; anything else that
 * fails (throttling past the SDK's retries, a timeout) is thrown as it is, for the state machine's Retry.
 */
public interface AccountDirectory {

    /** Every account to consider, ACTIVE ones kept in listing order. */
    AccountListing list();

    /** Where the accounts come from, for the plan's answer and logs: {@code ORGANIZATIONS} or {@code PARAMETER}. */
    String source();
}
