package com.backupsentinel.orgvalidation;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.orgvalidation.aggregate.AggregationService;
import com.backupsentinel.orgvalidation.aws.S3MapRunResults;
import com.backupsentinel.orgvalidation.aws.S3OrgReportStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.aws.SnsClients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.notification.SnsNotificationPublisher;
import java.time.Clock;
import software.amazon.awssdk.services.sns.SnsClient;

/** The aggregator's real collaborators, built once per execution environment. */
record AggregatorWiring(AggregationService service, InvocationBudget budget, Runnable flushMetrics) {

    static AggregatorWiring create(Environment environment) {
        OrgAggregatorConfig config = OrgAggregatorConfig.from(environment);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        return create(config, environment, Clock.systemUTC(), metrics, metrics::flush);
    }

    /** The same wiring on another clock and metrics recorder (tests, local runs). */
    static AggregatorWiring create(Environment environment, Clock clock, MetricsRecorder metrics) {
        return create(OrgAggregatorConfig.from(environment), environment, clock, metrics, () -> { });
    }

    private static AggregatorWiring create(OrgAggregatorConfig config, Environment environment, Clock clock,
                                           MetricsRecorder metrics, Runnable flush) {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        SnsClient sns = SnsClients.build(factory);
        AggregationService service = new AggregationService(new S3MapRunResults(S3Clients.build(factory)),
                S3OrgReportStore.create(factory, config.reportBucket()),
                new SnsNotificationPublisher(sns, config.notificationTopicArn()), metrics,
                audit(config, factory, metrics), config.environment().wireName(), config.reportLinkHours(), clock);
        return new AggregatorWiring(service, factory.budget(), flush);
    }

    /** Each run is appended to the audit table when AUDIT_TABLE_NAME is set; a failed write never fails the run. */
    private static AuditRecorder audit(OrgAggregatorConfig config, AwsClientFactory factory, MetricsRecorder metrics) {
        return config.auditTableName().<AuditRecorder>map(table -> new FailSafeAuditRecorder(new DynamoDbAuditStore(
                DynamoDbClients.build(factory), table), metrics)).orElse(AuditRecorder.disabled());
    }
}
