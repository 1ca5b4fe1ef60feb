package com.backupsentinel.ondemand;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.ondemand.aws.AwsBackupGateway;
import com.backupsentinel.ondemand.aws.DynamoRequestStore;
import com.backupsentinel.ondemand.aws.S3ObjectStore;
import com.backupsentinel.ondemand.aws.TaggingResourceDirectory;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.ServiceSettings;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.BackupClients;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The real wiring: configuration, SDK clients, adapters, service and API, built once per container. */
record Wiring(OnDemandApi api, EmfMetricsRecorder metrics) {

    static Wiring fromEnvironment(Environment env) {
        return fromEnvironment(env, Clock.systemUTC());
    }

    /** The real wiring with another clock (tests pin "now" to match the timestamps of the sample events). */
    static Wiring fromEnvironment(Environment env, Clock clock) {
        OnDemandBackupConfig config = OnDemandBackupConfig.from(env);
        AwsClientFactory clients = AwsClientFactory.fromEnvironment(env);
        BackupClient backup = BackupClients.build(clients);
        DynamoDbClient dynamo = DynamoDbClients.build(clients);
        ResourceGroupsTaggingApiClient tagging = clients.build(ResourceGroupsTaggingApiClient.builder(),
                "RESOURCE_GROUPS_TAGGING_API");
        S3Client s3 = S3Clients.build(clients);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        DynamoRequestStore store = new DynamoRequestStore(dynamo, config.requestsTableName());
        OnDemandService service = new OnDemandService(settings(config, clients.region().id()),
                new AwsBackupGateway(backup), new TaggingResourceDirectory(tagging), store,
                new S3ObjectStore(s3, config.reportBucket()), metrics, clock);
        return new Wiring(new OnDemandApi(service, store, metrics, audit(config, dynamo, metrics), clock,
                clients.budget()), metrics);
    }

    private static AuditRecorder audit(OnDemandBackupConfig config, DynamoDbClient dynamo, MetricsRecorder metrics) {
        if (config.auditTableName().isEmpty()) {
            LoggerFactory.getLogger(Wiring.class).info("Audit recording is off: AUDIT_TABLE_NAME is not set");
            return AuditRecorder.disabled();
        }
        return new FailSafeAuditRecorder(new DynamoDbAuditStore(dynamo, config.auditTableName().get()), metrics);
    }

    static ServiceSettings settings(OnDemandBackupConfig config, String region) {
        return new ServiceSettings(region, config.backupVaultName(), config.backupRoleArn(), config.restoreRoleArn(),
                config.backupPlanId(), config.restoreAllowedResourceTypes(), config.retentionDays(),
                config.configObjectKeys(), ServiceSettings.DEFAULT_AWS_CONCURRENCY);
    }
}
