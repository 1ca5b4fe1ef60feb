package com.backupsentinel.validator;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.DemoS3Objects;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.validator.aws.StandInClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The repository's demo account served by the embedded stand-ins with the clock pinned at its export time, a
 * report bucket and a topic created in them, and the validator's environment as local invoke sets it: template.yaml's
 * defaults with the demo's own deployment parameters (demo-account/env-vars.json).
 */
final class DemoAccount implements AutoCloseable {

    static final Instant EXPORTED_AT = Instant.parse("2026-11-22T06:00:00Z");
    static final Clock CLOCK = Clock.fixed(EXPORTED_AT, ZoneOffset.UTC);
    static final String BUCKET = "backup-sentinel-reports-123456789012";
    static final Path S3_DEMO = StandInOptions.demo().inventory().orElseThrow().resolve("s3");

    final EmbeddedAws aws;
    final Map<String, String> environment = new HashMap<>();
    final S3Client s3;

    DemoAccount() {
        aws = EmbeddedAws.start(StandInOptions.demo().withClock(CLOCK));
        environment.putAll(aws.endpointEnvironment());
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(environment));
        s3 = S3Clients.build(factory);
        s3.createBucket(r -> r.bucket(BUCKET));
        String topic = factory.build(SnsClient.builder(), "SNS").createTopic(r -> r.name("backup-sentinel-alerts"))
                .topicArn();
        environment.putAll(Map.of("ENVIRONMENT", "development", "REPORT_BUCKET", BUCKET, "NOTIFICATION_TOPIC_ARN", topic,
                "POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel", "RPO_TARGET_HOURS", "24", "RTO_TARGET_MINUTES", "240",
                "STUCK_JOB_HOURS", "24", "STUCK_JOB_MEDIAN_FACTOR", "3",
                "LOOKBACK_HOURS", "24"));
        try (S3Client loader = StandInClients.writer(aws.s3Endpoint())) {
            DemoS3Objects.load(loader, S3_DEMO.resolve("objects.json"), EXPORTED_AT);
        }
        environment.put("BACKUP_SOURCES", backupSources());
        environment.putAll(Map.of("REGIONS", "us-west-2", "BACKUP_VAULT_NAME", parameter("BackupVaultName"),
                "REPLICA_REGION", "us-east-1", "REQUIRE_CUSTOMER_MANAGED_KEY", "true"));
    }

    final RecordingMetrics metrics = new RecordingMetrics();

    /** BACKUP_SOURCES as local invoke gets it: from the demo inventory's own {@code demo-account/env-vars.json}. */
    static String backupSources() {
        return envVars().path("BackupValidatorFunction").path("BACKUP_SOURCES").asText();
    }

    /** A deployment parameter of {@code demo-account/env-vars.json}, as local invoke applies it (e.g. the vault). */
    static String parameter(String name) {
        return envVars().path("Parameters").path(name).asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode envVars() {
        try {
            return Json.mapper().readTree(Files.readString(S3_DEMO.resolveSibling("env-vars.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo's env-vars.json", e);
        }
    }

    BackupValidatorHandler handler() {
        ValidatorWiring wiring = ValidatorWiring.create(Environment.of(environment), CLOCK, metrics);
        return new BackupValidatorHandler(wiring);
    }

    @Override
    public void close() {
        aws.close();
    }
}
