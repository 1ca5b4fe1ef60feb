package com.backupsentinel.standins.org;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.ServiceFault;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A generated AWS Organization for org-wide validation runs and benchmarks: a central account and N member accounts
 * (deterministic ids and names), each with a healthy production AWS Backup estate in every shard region
 * ({@link MemberInventory}), and a few failures planted at fixed positions ({@link PlantedFailure}): a member whose
 * role cannot be assumed, one whose AWS Backup API throttles, two whose last backups failed, a shard Lambda keeps
 * throttling, and one it throttles once. The same arguments always give the same organisation.
 */
public final class OrgEstate {

    /**
     * The central account: where the state machine, the functions, the bucket and the topic live; the organisation's
     * management account, so Organizations lists it first.
     */
    public static final String CENTRAL_ACCOUNT_ID = "111111111111";
    /** The organisation's id, as the OrganizationId parameter names it. */
    public static final String ORGANIZATION_ID = "o-localorgrun01";
    /**
     * Accounts Organizations lists after the members that are not ACTIVE: a suspended one (listed by Status only, as
     * answers from before the State field list it) and a closed one. The validation skips them.
     */
    public static final int INACTIVE_ACCOUNTS = 2;
    /** Shard regions in the order {@code --regions R} takes them; the replica region (us-east-1) is not one. */
    public static final List<String> SHARD_REGIONS = List.of("us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-2", "us-east-2", "ca-central-1", "ap-northeast-1", "sa-east-1");
    static final long FIRST_MEMBER = 210_000_000_001L;
    private static final String[] TEAMS = {"payments", "ledger", "search", "identity", "checkout", "catalog",
        "billing", "analytics", "messaging", "inventory"};

    private final List<MemberAccount> accounts;
    private final List<String> regions;
    private final Instant now;
    private final List<PlantedFailure> planted;

    private OrgEstate(List<MemberAccount> accounts, List<String> regions, Instant now, List<PlantedFailure> planted) {
        this.accounts = List.copyOf(accounts);
        this.regions = List.copyOf(regions);
        this.now = now;
        this.planted = List.copyOf(planted);
    }

    /** {@code accountCount} members in the first {@code regionCount} shard regions, their history ending at {@code now}. */
    public static OrgEstate generate(int accountCount, int regionCount, Instant now) {
        if (accountCount < 1 || accountCount > 100_000) {
            throw new IllegalArgumentException("accounts must be 1 to 100000, got " + accountCount);
        }
        if (regionCount < 1 || regionCount > SHARD_REGIONS.size()) {
            throw new IllegalArgumentException("regions must be 1 to " + SHARD_REGIONS.size() + ", got " + regionCount);
        }
        List<MemberAccount> accounts = new ArrayList<>(accountCount);
        for (int i = 0; i < accountCount; i++) {
            String suffix = i < TEAMS.length ? "" : "-" + (i / TEAMS.length + 1);
            accounts.add(new MemberAccount(i, String.format("%012d", FIRST_MEMBER + i),
                    TEAMS[i % TEAMS.length] + "-prod" + suffix));
        }
        return new OrgEstate(accounts, SHARD_REGIONS.subList(0, regionCount),
                now.truncatedTo(ChronoUnit.SECONDS), plant(accounts, regionCount));
    }

    /**
     * The failures, at accounts n/8, 2n/8, ... 6n/8 (skipping positions that coincide in a small organisation): failed
     * backups, denied role, a throttle Lambda retries away, a throttling AWS Backup API, a throttle that outlasts the
     * retries (last region), failed backups.
     */
    private static List<PlantedFailure> plant(List<MemberAccount> accounts, int regionCount) {
        PlantedFailure.Kind[] kinds = {PlantedFailure.Kind.FAILED_BACKUP_JOBS, PlantedFailure.Kind.ASSUME_ROLE_DENIED,
            PlantedFailure.Kind.LAMBDA_THROTTLED_ONCE_RETRIED, PlantedFailure.Kind.BACKUP_API_THROTTLED,
            PlantedFailure.Kind.LAMBDA_THROTTLED, PlantedFailure.Kind.FAILED_BACKUP_JOBS};
        int n = accounts.size();
        Set<Integer> used = new LinkedHashSet<>();
        List<PlantedFailure> planted = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            int position = (int) ((long) n * (k + 1) / 8);
            if (!used.add(position)) {
                continue;
            }
            PlantedFailure.Kind kind = kinds[k];
            int region = kind == PlantedFailure.Kind.LAMBDA_THROTTLED ? regionCount - 1
                    : kind == PlantedFailure.Kind.LAMBDA_THROTTLED_ONCE_RETRIED ? 0 : -1;
            planted.add(new PlantedFailure(kind, accounts.get(position).accountId(), region));
        }
        return planted;
    }

    public List<MemberAccount> accounts() {
        return accounts;
    }

    public List<String> regions() {
        return regions;
    }

    public Instant now() {
        return now;
    }

    public List<PlantedFailure> planted() {
        return planted;
    }

    /** The planted failures of one kind. */
    public List<PlantedFailure> planted(PlantedFailure.Kind kind) {
        return planted.stream().filter(failure -> failure.kind() == kind).toList();
    }

    public Optional<MemberAccount> account(String accountId) {
        if (!accountId.matches("\\d{12}")) {
            return Optional.empty();
        }
        long index = Long.parseLong(accountId) - FIRST_MEMBER;
        return index >= 0 && index < accounts.size() ? Optional.of(accounts.get((int) index)) : Optional.empty();
    }

    /** The member's AWS Backup estate in every shard region (generated anew on each call). */
    public Inventory inventory(MemberAccount account) {
        boolean failedJobs = planted.stream().anyMatch(failure -> failure.kind()
                == PlantedFailure.Kind.FAILED_BACKUP_JOBS && failure.accountId().equals(account.accountId()));
        return MemberInventory.build(account, regions, now, failedJobs);
    }

    /** The central account: no AWS Backup estate of its own (the single-account validator covers it). */
    public Inventory centralInventory() {
        return Inventory.builder(CENTRAL_ACCOUNT_ID, regions.get(0)).build();
    }

    /**
     * The organisation as the stand-ins serve it: every member's inventory by its account, the denied role, the
     * throttling AWS Backup API, and the external id member-account.yaml's trust policy would demand.
     */
    public MemberAccounts organisation(Optional<String> externalId) {
        Function<String, Optional<Inventory>> members = id -> account(id).map(this::inventory);
        MemberAccounts organisation = MemberAccounts.of(centralInventory(), members)
                .withAliases(id -> account(id).map(MemberAccount::name));
        externalId.ifPresent(organisation::requireExternalId);
        for (PlantedFailure failure : planted) {
            if (failure.kind() == PlantedFailure.Kind.ASSUME_ROLE_DENIED) {
                organisation.denyAssumeRole(failure.accountId(), "the member role is not deployed");
            } else if (failure.kind() == PlantedFailure.Kind.BACKUP_API_THROTTLED) {
                organisation.failAlways(failure.accountId(), "BACKUP", "ListBackupJobs",
                        new ServiceFault(400, "ThrottlingException", "Rate exceeded"));
            }
        }
        return organisation;
    }

    /**
     * The organisation as Organizations ListAccounts lists it: the central (management) account, every member (ACTIVE,
     * in order), then the {@link #INACTIVE_ACCOUNTS} accounts that are not ACTIVE.
     */
    public Organization listedOrganization() {
        List<ListedAccount> listed = new ArrayList<>(accounts.size() + 1 + INACTIVE_ACCOUNTS);
        Instant founded = now.minus(400, ChronoUnit.DAYS);
        listed.add(ListedAccount.active(CENTRAL_ACCOUNT_ID, "management", founded));
        for (MemberAccount account : accounts) {
            listed.add(ListedAccount.active(account.accountId(), account.name(),
                    founded.plus(1 + account.index() % 300, ChronoUnit.DAYS)));
        }
        long next = FIRST_MEMBER + accounts.size();
        listed.add(ListedAccount.active(String.format("%012d", next), "retired-sandbox",
                founded.plus(10, ChronoUnit.DAYS)).inState("SUSPENDED").statusOnly());
        listed.add(ListedAccount.active(String.format("%012d", next + 1), "closed-sandbox",
                founded.plus(20, ChronoUnit.DAYS)).inState("CLOSED"));
        return new Organization(ORGANIZATION_ID, CENTRAL_ACCOUNT_ID, listed);
    }

    /** Account id to planted failure kinds, for reports of what was planted. */
    public Map<String, List<PlantedFailure.Kind>> plantedByAccount() {
        return planted.stream().collect(Collectors.groupingBy(PlantedFailure::accountId,
                Collectors.mapping(PlantedFailure::kind, Collectors.toList())));
    }
}
