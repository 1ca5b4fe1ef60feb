package com.backupsentinel.usage;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.logging.LogContext;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The real collaborators, built once per execution environment from the function's environment. */
record ProductionWiring(UsageLogIngestor ingestor, InvocationBudget budget, Runnable flushMetrics) {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionWiring.class);

    static ProductionWiring create(Environment environment) {
        UsageLogIngestorConfig config = UsageLogIngestorConfig.from(environment);
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        S3Client s3 = S3Clients.build(factory);
        DynamoDbClient dynamo = DynamoDbClients.build(factory);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        DeferredCounts auditFailures = new DeferredCounts();
        UsageLogIngestor ingestor = new UsageLogIngestor(config, new S3ObjectStore(s3, config.reportBucket()),
                new DynamoUsageStore(dynamo, config.usageTableName()), metrics, audit(config, dynamo, auditFailures),
                workers(config.concurrency()), Clock.systemUTC());
        return new ProductionWiring(ingestor, factory.budget(), () -> {
            auditFailures.drainTo(metrics);
            metrics.flush();
        });
    }

    /**
     * Ingested and quarantined usage logs and config backups go to the audit table, over the same DynamoDB client;
     * nothing is recorded without one. Failed writes are counted in {@code failures}, since workers record them.
     */
    static AuditRecorder audit(UsageLogIngestorConfig config, DynamoDbClient dynamo, DeferredCounts failures) {
        if (config.auditTableName().isEmpty()) {
            LOG.info("Audit recording is off: ingested usage logs are not recorded",
                    entry("variable", UsageLogIngestorConfig.AUDIT_TABLE_NAME));
            return AuditRecorder.disabled();
        }
        return new FailSafeAuditRecorder(new DynamoDbAuditStore(dynamo, config.auditTableName().get()), failures);
    }

    /**
     * Daemon threads, so a frozen or finishing execution environment never waits for them; their log lines carry
     * the invocation of the task they run.
     */
    static ExecutorService workers(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "usage-ingest-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return LogContext.propagating(Executors.newFixedThreadPool(threads, factory));
    }
}
