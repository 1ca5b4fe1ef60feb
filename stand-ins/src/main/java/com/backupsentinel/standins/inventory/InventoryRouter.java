package com.backupsentinel.standins.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * Which account's inventory answers a request: the one whose credentials signed it. A stand-in that serves one
 * account answers every request from it; an organisation's stand-ins ({@code org.MemberAccounts}) tell the member
 * accounts apart by the access keys their STS stand-in hands out.
 */
public interface InventoryRouter {

    /** The account the stand-ins were started for (local invoke's own account). */
    Inventory primary();

    /** The inventory of the account that {@code accessKeyId} belongs to; the primary's for any other key. */
    Inventory forAccessKey(Optional<String> accessKeyId);

    /** A failure that every call of {@code operation} of {@code service} in {@code accountId} answers with. */
    default Optional<ServiceFault> standingFault(String accountId, String service, String operation) {
        return Optional.empty();
    }

    /** Every request answered from {@code inventory}. */
    static InventoryRouter single(Inventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        return new InventoryRouter() {
            @Override
            public Inventory primary() {
                return inventory;
            }

            @Override
            public Inventory forAccessKey(Optional<String> accessKeyId) {
                return inventory;
            }
        };
    }
}
