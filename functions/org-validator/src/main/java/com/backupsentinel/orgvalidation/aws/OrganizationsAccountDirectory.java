package com.backupsentinel.orgvalidation.aws;

import com.backupsentinel.orgvalidation.plan.AccountDirectory;
import com.backupsentinel.orgvalidation.plan.AccountListing;
import com.backupsentinel.orgvalidation.plan.OrgAccount;
import com.backupsentinel.orgvalidation.plan.OrgPlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;

/**
 * {@link AccountDirectory} over Organizations ListAccounts: every page (20 accounts, the API's most; a page may hold
 * fewer, even none, while a NextToken follows), ACTIVE accounts kept in listing order. An account is ACTIVE by its
 * {@code State}, or by the deprecated {@code Status} where an answer has no State; anything else (SUSPENDED, CLOSED,
 * PENDING_CLOSURE, PENDING_ACTIVATION, values added later) is left out and counted. Throttling is retried by the
 * client (standard retries, within the invocation's budget); a caller Organizations refuses (not the management
 * account nor a delegated administrator, no organisation) is an {@link OrgPlanException} that says what to change.
 */
public final class OrganizationsAccountDirectory implements AccountDirectory {

    static final int PAGE_SIZE = 20;
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final String REMEDY = "run the stack in the organisation's management account or in a delegated"
            + " administrator account, or list the accounts in OrgAccounts";

    private final OrganizationsClient organizations;

    public OrganizationsAccountDirectory(OrganizationsClient organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public AccountListing list() {
        List<OrgAccount> active = new ArrayList<>();
        int listed = 0;
        String token = null;
        do {
            ListAccountsResponse page = page(token);
            for (Account account : page.accounts()) {
                listed++;
                if (isActive(account)) {
                    active.add(new OrgAccount(idOf(account), Objects.toString(account.name(), "")));
                }
            }
            String next = page.nextToken();
            if (next != null && next.equals(token)) {
                throw new IllegalStateException("Organizations ListAccounts answered the NextToken it was sent: the"
                        + " listing would not end");
            }
            token = next == null || next.isEmpty() ? null : next;
        } while (token != null);
        return new AccountListing(active, listed, listed - active.size());
    }

    @Override
    public String source() {
        return "ORGANIZATIONS";
    }

    private ListAccountsResponse page(String token) {
        try {
            return organizations.listAccounts(request -> request.maxResults(PAGE_SIZE).nextToken(token));
        } catch (AccessDeniedException e) {
            throw new OrgPlanException("Organizations refused ListAccounts (AccessDeniedException: "
                    + e.awsErrorDetails().errorMessage() + "): " + REMEDY, e);
        } catch (AwsOrganizationsNotInUseException e) {
            throw new OrgPlanException("This account is not in an organisation (AWSOrganizationsNotInUseException): "
                    + REMEDY, e);
        }
    }

    /** ACTIVE by State; by Status only where the answer has no State. */
    static boolean isActive(Account account) {
        String state = account.stateAsString();
        return "ACTIVE".equals(state != null ? state : account.statusAsString());
    }

    private static String idOf(Account account) {
        String id = account.id();
        if (id == null || !ACCOUNT.matcher(id).matches()) {
            throw new IllegalStateException("Organizations listed an account without a 12-digit Id: '" + id + "'");
        }
        return id;
    }
}
