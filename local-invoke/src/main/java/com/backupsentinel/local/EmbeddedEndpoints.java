package com.backupsentinel.local;

import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.IamStandIn;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.StsStandIn;
import com.backupsentinel.standins.TaggingStandIn;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.org.MemberAccounts;
import com.backupsentinel.standins.org.Organization;
import com.backupsentinel.standins.org.OrganizationsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The embedded stand-ins on 127.0.0.1, only those of the services the function can reach, started in parallel,
 * serving the demo inventory or the user's own folder of exports. Every other AWS endpoint (AWS_ENDPOINT_URL) is a
 * closed loopback port, so a call the function's policies do not allow fails fast and nothing leaves the machine.
 */
final class EmbeddedEndpoints implements AwsEndpoints {

    private final Map<String, String> environment;
    private final Set<String> services;
    private final String accountId;
    private final String inventory;
    private final List<AutoCloseable> started;

    private EmbeddedEndpoints(Map<String, String> environment, Set<String> services, String accountId,
                              String inventory, List<AutoCloseable> started) {
        this.environment = Collections.unmodifiableMap(environment);
        this.services = Set.copyOf(services);
        this.accountId = accountId;
        this.inventory = inventory;
        this.started = List.copyOf(started);
    }

    /** Starts the stand-ins of {@code services} serving {@code inventory}, or the project's demo-account/ when empty. */
    static EmbeddedEndpoints start(Optional<Path> inventory, Set<String> services) {
        StandInOptions options = inventory.map(folder -> StandInOptions.empty().withInventory(folder))
                .orElseGet(StandInOptions::demo);
        List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "local-invoke-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<Optional<URI>> dynamoDb = startIf(services, "DYNAMODB", threads, started,
                    () -> DynamoDbStandIn.start(), DynamoDbStandIn::endpoint);
            CompletableFuture<Optional<URI>> s3 = startIf(services, "S3", threads, started,
                    () -> S3StandIn.start(), S3StandIn::endpoint);
            Inventory loaded = options.inventory().map(folder -> Inventory.load(folder, options.clock()))
                    .orElseGet(Inventory::empty);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("AWS_ENDPOINT_URL", closedLoopbackEndpoint());
            if (services.contains("SNS")) {
                SnsStandIn sns = keep(started, SnsStandIn.start(loaded.accountId(), loaded.primaryRegion()));
                environment.put("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString());
            }
            if (services.contains("BACKUP")) {
                BackupStandIn backup = keep(started, BackupStandIn.start(options, loaded));
                environment.put("AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
            }
            if (services.contains("STS")) {
                // AssumeRole into the served account only: an org shard run on its own validates that account
                StsStandIn sts = keep(started, StsStandIn.start(MemberAccounts.of(loaded, Set.of()), options.clock()));
                environment.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
            }
            if (services.contains("RESOURCE_GROUPS_TAGGING_API")) {
                TaggingStandIn tagging = keep(started, TaggingStandIn.start(loaded));
                environment.put("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", tagging.endpoint().toString());
            }
            if (services.contains("IAM")) {
                IamStandIn iam = keep(started, IamStandIn.start(loaded));
                environment.put("AWS_ENDPOINT_URL_IAM", iam.endpoint().toString());
            }
            if (services.contains("ORGANIZATIONS")) {
                // an organisation whose management account is the served one, its only account
                OrganizationsServer organizations = keep(started, OrganizationsServer.start(Organization.ofOneAccount(
                        loaded.accountId(), loaded.accountAliases().stream().findFirst().orElse("demo"),
                        options.clock().instant().minus(Duration.ofDays(400)))));
                environment.put("AWS_ENDPOINT_URL_ORGANIZATIONS", organizations.endpoint().toString());
            }
            dynamoDb.join().ifPresent(uri -> environment.put("AWS_ENDPOINT_URL_DYNAMODB", uri.toString()));
            s3.join().ifPresent(uri -> {
                environment.put("AWS_ENDPOINT_URL_S3", uri.toString());
                options.inventory().ifPresent(folder -> DemoObjects.load(folder, uri, loaded.primaryRegion(),
                        options.clock()));
            });
            environment.put("AWS_REGION", loaded.primaryRegion());
            environment.put("AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID);
            environment.put("AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY);
            return new EmbeddedEndpoints(environment, services, loaded.accountId(),
                    options.inventory().map(Path::toString).orElse("none"), started);
        } catch (RuntimeException e) {
            closeAll(started);
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new SetupException("Cannot start the embedded AWS stand-ins: " + cause.getMessage(), cause);
        } finally {
            threads.shutdown();
        }
    }

    private static <T extends AutoCloseable> CompletableFuture<Optional<URI>> startIf(
            Set<String> services, String service, ExecutorService threads, List<AutoCloseable> started,
            Supplier<T> start, Function<T, URI> endpoint) {
        if (!services.contains(service)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> Optional.of(endpoint.apply(keep(started, start.get()))), threads);
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> started, T standIn) {
        started.add(standIn);
        return standIn;
    }

    /** A loopback port nothing listens on: calls to it are refused at once. */
    private static String closedLoopbackEndpoint() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            return "http://127.0.0.1:9";
        }
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public boolean serves(String serviceId) {
        return services.contains(serviceId) && environment.containsKey("AWS_ENDPOINT_URL_" + serviceId);
    }

    @Override
    public String description() {
        Set<String> running = new TreeSet<>(services);
        running.removeIf(service -> !serves(service));
        if (running.isEmpty()) {
            return "no embedded stand-ins";
        }
        boolean servesInventory = running.contains("BACKUP") || running.contains("RESOURCE_GROUPS_TAGGING_API");
        return "the embedded stand-ins for " + String.join(", ", running)
                + (servesInventory ? " (AWS Backup inventory: " + inventory + ")" : "");
    }

    @Override
    public Optional<String> accountId() {
        return Optional.of(accountId);
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception ignored) {
                // stopping at exit: a stand-in that does not stop cleanly changes nothing for the invocation
            }
        }
    }
}
