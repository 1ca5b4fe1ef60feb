package com.backupsentinel.standins.org;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import com.backupsentinel.standins.inventory.ServiceFault;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An organisation as the stand-ins serve it: the primary (central) account and the member accounts, each with its own
 * inventory, told apart by the access key that signed a request ({@link AssumedRoleKeys}). Member inventories come
 * from a function of the account id (a generator, or a map), built on first use and kept in a small LRU cache, so a
 * thousand generated accounts need not all sit in memory. Holds what the STS stand-in decides about assuming a
 * member's role (accounts whose role is missing, the external id the trust policy demands) and standing faults per
 * account (an account whose AWS Backup API throttles every call).
 */
public final class MemberAccounts implements InventoryRouter {

    /** Member inventories kept at once; a shard reads one account at a time, a run a few dozen at once. */
    static final int CACHED_ACCOUNTS = 128;

    private final Inventory primary;
    private final Function<String, Optional<Inventory>> members;
    private final Map<String, Inventory> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_ACCOUNTS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Inventory> eldest) {
                    return size() > CACHED_ACCOUNTS;
                }
            });
    private final Map<String, String> deniedRoles = new ConcurrentHashMap<>();
    private final Map<String, ServiceFault> faults = new ConcurrentHashMap<>();
    private volatile Optional<String> externalId = Optional.empty();
    private volatile Function<String, Optional<String>> aliases = account -> Optional.empty();

    private MemberAccounts(Inventory primary, Function<String, Optional<Inventory>> members) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.members = Objects.requireNonNull(members, "members");
    }

    /** {@code primary} and the members {@code members} answers for (empty = no such member account). */
    public static MemberAccounts of(Inventory primary, Function<String, Optional<Inventory>> members) {
        return new MemberAccounts(primary, members);
    }

    /** {@code primary} and a fixed set of member inventories. */
    public static MemberAccounts of(Inventory primary, Set<Inventory> members) {
        Map<String, Inventory> byAccount = new ConcurrentHashMap<>();
        members.forEach(member -> byAccount.put(member.accountId(), member));
        return new MemberAccounts(primary, account -> Optional.ofNullable(byAccount.get(account)));
    }

    @Override
    public Inventory primary() {
        return primary;
    }

    @Override
    public Inventory forAccessKey(Optional<String> accessKeyId) {
        return accessKeyId.flatMap(AssumedRoleKeys::accountOf).flatMap(this::member).orElse(primary);
    }

    /** The account's inventory: the primary's own, a member's, or empty when the organisation has no such account. */
    public Optional<Inventory> member(String accountId) {
        if (primary.accountId().equals(accountId)) {
            return Optional.of(primary);
        }
        Inventory cached = cache.get(accountId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Inventory> built = members.apply(accountId);
        built.ifPresent(inventory -> cache.put(accountId, inventory));
        return built;
    }

    /** AssumeRole into {@code accountId} is refused, as when the member stack is missing there. */
    public MemberAccounts denyAssumeRole(String accountId, String reason) {
        deniedRoles.put(accountId, reason);
        return this;
    }

    /** Why AssumeRole into {@code accountId} is refused, if it is. */
    public Optional<String> assumeRoleDenial(String accountId) {
        return Optional.ofNullable(deniedRoles.get(accountId));
    }

    /** AssumeRole must name this external id, as member-account.yaml's trust policy demands. */
    public MemberAccounts requireExternalId(String id) {
        this.externalId = Optional.of(id);
        return this;
    }

    public Optional<String> requiredExternalId() {
        return externalId;
    }

    /** The accounts' IAM aliases (ListAccountAliases), by account id. */
    public MemberAccounts withAliases(Function<String, Optional<String>> byAccount) {
        this.aliases = Objects.requireNonNull(byAccount, "byAccount");
        return this;
    }

    public Optional<String> alias(String accountId) {
        return aliases.apply(accountId);
    }

    /** Every call of {@code operation} of {@code service} (BACKUP, ...) in {@code accountId} answers {@code fault}. */
    public MemberAccounts failAlways(String accountId, String service, String operation, ServiceFault fault) {
        faults.put(key(accountId, service, operation), fault);
        return this;
    }

    @Override
    public Optional<ServiceFault> standingFault(String accountId, String service, String operation) {
        return Optional.ofNullable(faults.get(key(accountId, service, operation)));
    }

    private static String key(String accountId, String service, String operation) {
        return accountId + "/" + service + "/" + operation;
    }
}
