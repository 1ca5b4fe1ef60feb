package com.backupsentinel.standins;

import com.backupsentinel.standins.iam.IamServer;
import com.backupsentinel.standins.inventory.Inventory;
import java.net.URI;
import java.util.Map;

/**
 * IAM's query protocol on 127.0.0.1, for what Backup Sentinel reads of it: the account's alias
 * (ListAccountAliases), from the inventory's {@code iam-list-account-aliases.json}. Faults can be injected per action;
 * every call is counted.
 */
public final class IamStandIn implements AutoCloseable {

    private final IamServer server;

    private IamStandIn(IamServer server) {
        this.server = server;
    }

    /** Serves the account and aliases of {@code inventory}. */
    public static IamStandIn start(Inventory inventory) {
        return new IamStandIn(IamServer.start(inventory.accountId(), inventory.accountAliases()));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * Makes the next {@code times} calls of {@code action} fail with {@code httpStatus} and IAM's error {@code code}
     * (e.g. 403 AccessDenied, as for a role without the permission).
     */
    public void failNext(String action, int httpStatus, String code, String message, int times) {
        server.failNext(action, httpStatus, code, message, times);
    }

    /** Calls received for one action, e.g. {@code ListAccountAliases}. */
    public int callCount(String action) {
        return server.callCount(action);
    }

    /** Action to calls received, sorted by name. */
    public Map<String, Integer> callCounts() {
        return server.callCounts();
    }

    @Override
    public void close() {
        server.close();
    }
}
