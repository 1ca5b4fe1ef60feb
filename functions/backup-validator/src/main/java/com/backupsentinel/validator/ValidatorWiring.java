package com.backupsentinel.validator;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.SnsClients;
import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.notification.SnsNotificationPublisher;
import com.backupsentinel.validator.aws.DynamoDbDigestLedger;
import com.backupsentinel.validator.aws.S3ReportStore;
import com.backupsentinel.validator.aws.SdkRegionalInventory;
import com.backupsentinel.validator.report.DigestLedger;
import com.backupsentinel.validator.report.ReportWriter;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The real wiring, built once per execution environment from the function's environment: every AWS client reads
 * one {@link InvocationBudget}, and the digest goes through {@link OncePerRunPublisher} over the dedup table
 * ({@value #DIGEST_TABLE}; without it a retried run may send its digest again, and the log says so).
 */
record ValidatorWiring(ValidationService service, InvocationBudget budget, DigestRun run, Runnable flushMetrics) {

    /** The table that remembers which runs' digests went out (the stack's AlertDedupTable). */
    static final String DIGEST_TABLE = "DEDUP_TABLE_NAME";

    /** What the Lambda runtime gets: the system clock and EMF metrics on stdout. */
    static ValidatorWiring create(Environment environment) {
        BackupValidatorConfig config = BackupValidatorConfig.from(environment);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        return create(config, environment, Clock.systemUTC(), metrics, metrics::flush);
    }

    /** The same wiring on another clock and metrics recorder: tests pin "now" to a demo inventory's export time. */
    static ValidatorWiring create(Environment environment, Clock clock, MetricsRecorder metrics) {
        return create(BackupValidatorConfig.from(environment), environment, clock, metrics, () -> { });
    }

    private static ValidatorWiring create(BackupValidatorConfig config, Environment environment, Clock clock,
                                          MetricsRecorder metrics, Runnable flush) {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        SnsClient sns = SnsClients.build(factory);
        DigestRun run = new DigestRun();
        ValidationService service = new ValidationService(config,
                new SdkRegionalInventory(environment, factory.budget()),
                new ReportWriter(S3ReportStore.create(factory, config.reportBucket()), config.reportLinkHours()),
                new OncePerRunPublisher(new SnsNotificationPublisher(sns, config.notificationTopicArn()),
                        ledger(environment, factory), run, clock), new ValidationMetrics(metrics),
                audit(config, factory, metrics), clock);
        return new ValidatorWiring(service, factory.budget(), run, flush);
    }

    private static DigestLedger ledger(Environment environment, AwsClientFactory factory) {
        Optional<String> table = new ConfigReader(environment).optional(DIGEST_TABLE).filter(t -> !t.isEmpty());
        if (table.isEmpty()) {
            LoggerFactory.getLogger(ValidatorWiring.class).info("Digest ledger is off: " + DIGEST_TABLE
                    + " is not set, so a retried run may send its digest again");
            return DigestLedger.NONE;
        }
        return new DynamoDbDigestLedger(DynamoDbClients.build(factory), table.get());
    }

    private static AuditRecorder audit(BackupValidatorConfig config, AwsClientFactory factory,
                                       MetricsRecorder metrics) {
        if (config.auditTableName().isEmpty()) {
            LoggerFactory.getLogger(ValidatorWiring.class).info("Audit recording is off: AUDIT_TABLE_NAME is not set");
            return AuditRecorder.disabled();
        }
        DynamoDbClient dynamoDb = DynamoDbClients.build(factory);
        return new FailSafeAuditRecorder(new DynamoDbAuditStore(dynamoDb, config.auditTableName().get()), metrics);
    }
}
