package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.BackupClients;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.SnsClients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.notification.SnsNotificationPublisher;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** The real collaborators, built once per Lambda container from the environment. */
record NotifierWiring(AlertService service, InvocationBudget budget, MetricsRecorder metrics, Runnable metricsFlush) {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierWiring.class);

    NotifierWiring {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(metricsFlush, "metricsFlush");
    }

    static NotifierWiring fromEnvironment(Environment environment) {
        return fromEnvironment(environment, Clock.systemUTC());
    }

    /** The real wiring on another clock: tests move it past a lease instead of waiting for it. */
    static NotifierWiring fromEnvironment(Environment environment, Clock clock) {
        JobStateNotifierConfig config = JobStateNotifierConfig.from(environment);
        AwsClientFactory clients = AwsClientFactory.fromEnvironment(environment);
        BackupClient backup = BackupClients.build(clients);
        DynamoDbClient dynamo = DynamoDbClients.build(clients);
        SnsClient sns = SnsClients.build(clients);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        AlertService service = new AlertService(config.notificationLevel(),
                new SeverityPolicy(config.benignPatterns()),
                new DynamoDbDedupStore(dynamo, config.dedupTableName(), DedupPolicy.STANDARD),
                new Enricher(MemberAccess.lookups(environment, clients, new AwsBackupLookup(backup),
                        Clock.systemUTC()), metrics),
                new SnsNotificationPublisher(sns, config.topicArn()),
                metrics, audit(config, dynamo, metrics), clock);
        return new NotifierWiring(service, clients.budget(), metrics, metrics::flush);
    }

    /** Published alerts go to the audit table, over the same DynamoDB client; none is recorded without one. */
    static AuditRecorder audit(JobStateNotifierConfig config, DynamoDbClient dynamo, MetricsRecorder metrics) {
        if (config.auditTableName().isEmpty()) {
            LOG.info("Audit recording is off: published alerts are not recorded",
                    entry("variable", JobStateNotifierConfig.AUDIT_TABLE_NAME));
            return AuditRecorder.disabled();
        }
        return new FailSafeAuditRecorder(new DynamoDbAuditStore(dynamo, config.auditTableName().get()), metrics);
    }
}
