package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.RecordedCall;
import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * AWS Backup's REST-JSON API (2018-11-15) over an {@link Inventory}: the URIs, query parameters, JSON members and
 * error shape ({@code x-amzn-ErrorType}) of the service model, data per region from the SigV4 credential scope and
 * per account from its access key ({@link InventoryRouter}; jobs started through the API go to the primary account).
 */
public final class BackupServer implements AutoCloseable {

    private static final String JSON = "application/json";

    private final InventoryRouter accounts;
    private final JobControl jobs;
    private final Faults faults = new Faults();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, Function<BackupRequest, Reply>> operations;
    private final LoopbackHttpServer server;

    private BackupServer(InventoryRouter accounts, Clock clock) {
        this.accounts = accounts;
        this.jobs = new JobControl(accounts.primary(), clock);
        this.operations = operations(jobs);
        this.server = LoopbackHttpServer.start("backup-stand-in", this::handle);
    }

    public static BackupServer start(Inventory inventory, Clock clock) {
        return new BackupServer(InventoryRouter.single(inventory), clock);
    }

    /** Serves every account of {@code accounts}, each request from the inventory of the account that signed it. */
    public static BackupServer start(InventoryRouter accounts, Clock clock) {
        return new BackupServer(accounts, clock);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public Inventory inventory() {
        return accounts.primary();
    }

    public List<RecordedCall> startStopCalls() {
        return jobs.calls();
    }

    public void failNext(String operation, int httpStatus, String errorCode, String message, int times) {
        if (!operations.containsKey(operation)) {
            throw new IllegalArgumentException("Unknown operation " + operation + "; the stand-in serves " + operations.keySet());
        }
        faults.failNext(operation, httpStatus, errorCode, message, times);
    }

    public void setJobState(String jobId, String state, String statusMessage) {
        jobs.setJobState(jobId, state, statusMessage);
    }

    public int callCount() {
        return total.get();
    }

    public int callCount(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    public Map<String, Integer> callCounts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        counts.forEach((operation, count) -> snapshot.put(operation, count.get()));
        return snapshot;
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            Optional<Map.Entry<String, Map<String, String>>> route = Routes.find(call.method(), call.segments());
            if (route.isEmpty()) {
                error(exchange, new BackupError("UnknownOperationException", 404,
                        "No AWS Backup operation at " + call.method() + " " + exchange.getRequestURI().getRawPath()));
                return;
            }
            String operation = route.get().getKey();
            total.incrementAndGet();
            counts.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
            try {
                Inventory inventory = accounts.forAccessKey(call.accessKeyId());
                Optional<BackupError> fault = faults.take(operation).or(() -> accounts.standingFault(
                        inventory.accountId(), "BACKUP", operation)
                        .map(standing -> new BackupError(standing.code(), standing.status(), standing.message())));
                if (fault.isPresent()) {
                    throw fault.get();
                }
                Reply reply = operations.get(operation).apply(new BackupRequest(call, route.get().getValue(), inventory));
                HttpReplies.send(exchange, reply.status(), JSON, reply.body(), Map.of());
            } catch (BackupError e) {
                error(exchange, e);
            } catch (RuntimeException e) {
                error(exchange, new BackupError("InternalFailure", 500, "The Backup stand-in failed: " + e));
            }
        }
    }

    private static void error(HttpExchange exchange, BackupError error) throws IOException {
        ObjectNode body = WireJson.MAPPER.createObjectNode();
        body.put("__type", error.code());
        body.put("Code", error.code());
        body.put("Message", error.getMessage());
        body.put("Type", error.status() >= 500 ? "Service" : "User");
        HttpReplies.send(exchange, error.status(), JSON, WireJson.bytes(body), Map.of("x-amzn-ErrorType", error.code()));
    }

    private static Map<String, Function<BackupRequest, Reply>> operations(JobControl jobs) {
        return Map.ofEntries(
                Map.entry("ListBackupVaults", VaultOperations::list),
                Map.entry("DescribeBackupVault", VaultOperations::describe),
                Map.entry("GetBackupVaultAccessPolicy", VaultOperations::accessPolicy),
                Map.entry("GetBackupVaultNotifications", VaultOperations::notifications),
                Map.entry("ListRecoveryPointsByBackupVault", RecoveryPointOperations::listByVault),
                Map.entry("DescribeRecoveryPoint", RecoveryPointOperations::describe),
                Map.entry("GetRecoveryPointRestoreMetadata", RecoveryPointOperations::restoreMetadata),
                Map.entry("ListProtectedResourcesByBackupVault", RecoveryPointOperations::protectedResourcesByVault),
                Map.entry("ListBackupPlans", PlanOperations::list),
                Map.entry("GetBackupPlan", PlanOperations::get),
                Map.entry("ListBackupSelections", PlanOperations::listSelections),
                Map.entry("GetBackupSelection", PlanOperations::getSelection),
                Map.entry("ListBackupJobs", JobOperations::listBackupJobs),
                Map.entry("DescribeBackupJob", JobOperations::describeBackupJob),
                Map.entry("StartBackupJob", jobs::startBackupJob),
                Map.entry("StopBackupJob", jobs::stopBackupJob),
                Map.entry("ListCopyJobs", JobOperations::listCopyJobs),
                Map.entry("DescribeCopyJob", JobOperations::describeCopyJob),
                Map.entry("ListRestoreJobs", JobOperations::listRestoreJobs),
                Map.entry("DescribeRestoreJob", JobOperations::describeRestoreJob),
                Map.entry("StartRestoreJob", jobs::startRestoreJob),
                Map.entry("ListProtectedResources", RecoveryPointOperations::protectedResources),
                Map.entry("ListRecoveryPointsByResource", RecoveryPointOperations::listByResource),
                Map.entry("ListTags", RecoveryPointOperations::listTags),
                Map.entry("ListScanJobs", ScanOperations::listScanJobs),
                Map.entry("ListRestoreTestingPlans", RestoreTestingOperations::listPlans),
                Map.entry("ListRestoreTestingSelections", RestoreTestingOperations::listSelections));
    }
}
