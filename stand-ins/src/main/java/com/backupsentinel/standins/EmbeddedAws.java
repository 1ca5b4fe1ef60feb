package com.backupsentinel.standins;

import com.backupsentinel.standins.inventory.Inventory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Every stand-in at once, each on its own 127.0.0.1 port: DynamoDB Local, S3Proxy, SNS, AWS Backup, the
 * Resource Groups Tagging API and IAM (the account alias). The two slow starters (DynamoDB Local, S3Proxy) start in parallel with the rest.
 */
public final class EmbeddedAws implements AutoCloseable {

    /** Dummy credentials: the stand-ins accept any signature. */
    public static final String ACCESS_KEY_ID = "STANDINACCESSKEY";
    public static final String SECRET_ACCESS_KEY = "stand-in-secret-not-a-credential";

    private final DynamoDbStandIn dynamoDb;
    private final S3StandIn s3;
    private final SnsStandIn sns;
    private final BackupStandIn backup;
    private final TaggingStandIn tagging;
    private final IamStandIn iam;
    private final Map<String, Duration> startupTimes;

    private EmbeddedAws(DynamoDbStandIn dynamoDb, S3StandIn s3, SnsStandIn sns, BackupStandIn backup,
                        TaggingStandIn tagging, IamStandIn iam, Map<String, Duration> startupTimes) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.sns = sns;
        this.backup = backup;
        this.tagging = tagging;
        this.iam = iam;
        this.startupTimes = Collections.unmodifiableMap(startupTimes);
    }

    /** Starts everything, serving the inventory folder of {@code options} (an empty account when none). */
    public static EmbeddedAws start(StandInOptions options) {
        return start(options, () -> BackupStandIn.inventoryOf(options));
    }

    /** Starts everything, serving {@code inventory}. */
    public static EmbeddedAws start(StandInOptions options, Inventory inventory) {
        return start(options, () -> inventory);
    }

    private static EmbeddedAws start(StandInOptions options, Supplier<Inventory> inventorySource) {
        Map<String, Duration> times = Collections.synchronizedMap(new LinkedHashMap<>());
        List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
        ExecutorService starters = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "stand-in-starter");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<DynamoDbStandIn> dynamoDb = CompletableFuture.supplyAsync(
                    () -> timed("dynamodb", times, started, DynamoDbStandIn::start), starters);
            CompletableFuture<S3StandIn> s3 = CompletableFuture.supplyAsync(
                    () -> timed("s3", times, started, S3StandIn::start), starters);
            Inventory inventory = timed("inventory", times, new ArrayList<>(), inventorySource);
            SnsStandIn sns = timed("sns", times, started,
                    () -> SnsStandIn.start(inventory.accountId(), inventory.primaryRegion()));
            BackupStandIn backup = timed("backup", times, started, () -> BackupStandIn.start(options, inventory));
            TaggingStandIn tagging = timed("tagging", times, started, () -> TaggingStandIn.start(inventory));
            IamStandIn iam = timed("iam", times, started, () -> IamStandIn.start(inventory));
            return new EmbeddedAws(dynamoDb.join(), s3.join(), sns, backup, tagging, iam,
                    new LinkedHashMap<>(times));
        } catch (RuntimeException e) {
            closeAll(started);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            starters.shutdown();
        }
    }

    private static <T> T timed(String name, Map<String, Duration> times, List<AutoCloseable> started, Supplier<T> start) {
        long begin = System.nanoTime();
        T value = start.get();
        times.put(name, Duration.ofNanos(System.nanoTime() - begin));
        if (value instanceof AutoCloseable closeable) {
            started.add(closeable);
        }
        return value;
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public URI snsEndpoint() {
        return sns.endpoint();
    }

    public URI backupEndpoint() {
        return backup.endpoint();
    }

    public URI taggingEndpoint() {
        return tagging.endpoint();
    }

    public URI iamEndpoint() {
        return iam.endpoint();
    }

    public IamStandIn iam() {
        return iam;
    }

    public SnsStandIn sns() {
        return sns;
    }

    public BackupStandIn backup() {
        return backup;
    }

    public S3StandIn s3() {
        return s3;
    }

    public DynamoDbStandIn dynamoDb() {
        return dynamoDb;
    }

    /** How long each part took to start (inventory = loading it), in start order. */
    public Map<String, Duration> startupTimes() {
        return startupTimes;
    }

    /**
     * The environment that points the AWS SDK (and {@code AwsClientFactory}) at these stand-ins: the
     * {@code AWS_ENDPOINT_URL_<SERVICE>} variables, AWS_REGION (the inventory's primary region) and dummy credentials.
     */
    public Map<String, String> endpointEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint().toString());
        environment.put("AWS_ENDPOINT_URL_S3", s3Endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_SNS", snsEndpoint().toString());
        environment.put("AWS_ENDPOINT_URL_BACKUP", backupEndpoint().toString());
        environment.put("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", taggingEndpoint().toString());
        environment.put("AWS_ENDPOINT_URL_IAM", iamEndpoint().toString());
        environment.put("AWS_REGION", backup.inventory().primaryRegion());
        environment.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        return Collections.unmodifiableMap(environment);
    }

    @Override
    public void close() {
        closeAll(List.of(iam, tagging, backup, sns, s3, dynamoDb));
    }

    private static void closeAll(List<? extends AutoCloseable> parts) {
        RuntimeException failure = null;
        for (AutoCloseable part : List.copyOf(parts)) {
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Cannot stop a stand-in: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
