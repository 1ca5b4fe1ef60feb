package com.backupsentinel.standins;

import com.backupsentinel.standins.backup.BackupServer;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * AWS Backup's REST-JSON API on 127.0.0.1, serving an {@link Inventory} (per region, from the SigV4 credential
 * scope). StartBackupJob, StartRestoreJob and StopBackupJob change in-memory jobs and are recorded; faults can be
 * injected per operation; every call is counted.
 */
public final class BackupStandIn implements AutoCloseable {

    private final BackupServer server;

    private BackupStandIn(BackupServer server) {
        this.server = server;
    }

    /** Serves the inventory folder of {@code options} (an empty account when it names none). */
    public static BackupStandIn start(StandInOptions options) {
        return start(options, inventoryOf(options));
    }

    /** Serves {@code inventory}; {@code options} supplies the clock for jobs started through the API. */
    public static BackupStandIn start(StandInOptions options, Inventory inventory) {
        return new BackupStandIn(BackupServer.start(inventory, options.clock()));
    }

    /**
     * Serves every account of {@code accounts} (an organisation: {@code org.MemberAccounts}), each request from the
     * inventory of the account whose credentials signed it.
     */
    public static BackupStandIn start(StandInOptions options, InventoryRouter accounts) {
        return new BackupStandIn(BackupServer.start(accounts, options.clock()));
    }

    static Inventory inventoryOf(StandInOptions options) {
        return options.inventory().map(folder -> Inventory.load(folder, options.clock())).orElseGet(Inventory::empty);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The inventory served (it includes jobs started through the API). */
    public Inventory inventory() {
        return server.inventory();
    }

    /** Every StartBackupJob, StartRestoreJob and StopBackupJob the stand-in executed, oldest first. */
    public List<RecordedCall> startStopCalls() {
        return server.startStopCalls();
    }

    /**
     * Makes the next {@code times} calls of {@code operation} fail with {@code httpStatus} and {@code errorCode}
     * (e.g. 400 ThrottlingException, which the SDK retries; 403 AccessDeniedException, which it does not). A failed
     * call is counted by {@link #callCount} but not recorded in {@link #startStopCalls}.
     */
    public void failNext(String operation, int httpStatus, String errorCode, String message, int times) {
        server.failNext(operation, httpStatus, errorCode, message, times);
    }

    /** Moves a backup, copy or restore job to {@code state} ({@code statusMessage} may be null). */
    public void setJobState(String jobId, String state, String statusMessage) {
        server.setJobState(jobId, state, statusMessage);
    }

    /** Every API call received, injected failures included. */
    public int callCount() {
        return server.callCount();
    }

    /** Calls received for one operation, e.g. {@code ListBackupJobs}. */
    public int callCount(String operation) {
        return server.callCount(operation);
    }

    /** Operation name to calls received, sorted by name. */
    public Map<String, Integer> callCounts() {
        return server.callCounts();
    }

    @Override
    public void close() {
        server.close();
    }
}
