package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.validator.controls.ControlSettings;
import com.backupsentinel.validator.controls.TagRule;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupValidatorConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "production");
        env.put("REPORT_BUCKET", "reports-bucket");
        env.put("NOTIFICATION_TOPIC_ARN", "arn:aws:sns:us-west-2:123456789012:alerts");
        env.put("AWS_REGION", "us-west-2");
        return env;
    }

    private static BackupValidatorConfig with(String name, String value) {
        Map<String, String> env = minimal();
        env.put(name, value);
        return BackupValidatorConfig.from(Environment.of(env));
    }

    @Test
    void defaultsFollowTheSeed() {
        BackupValidatorConfig config = BackupValidatorConfig.from(Environment.of(minimal()));

        assertThat(config.environment()).isEqualTo(DeploymentEnvironment.PRODUCTION);
        assertThat(config.regions()).containsExactly("us-west-2");
        assertThat(config.lookbackHours()).isEqualTo(24);
        assertThat(config.reportTimeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.reportLinkHours()).isEqualTo(24);
        assertThat(config.metricsNamespace()).isEqualTo("BackupSentinel");
        assertThat(config.controls()).isEqualTo(new ControlSettings(DeploymentEnvironment.PRODUCTION, 24, 240,
                java.util.OptionalInt.empty(), 24, 3.0, 24, false, Optional.empty(), "us-east-1", Optional.empty(),
                List.of("rds:db", "rds:cluster", "ec2:volume", "elasticfilesystem:file-system", "dynamodb:table", "s3"),
                List.of(new TagRule("Environment", List.of("production", "staging"))),
                List.of(TagRule.parse("VolumeType=temporary")), "Environment", 10));
        assertThat(config.controls().minRetentionDays(DeploymentEnvironment.DEVELOPMENT)).as("the seed's").isEqualTo(7);
    }

    @Test
    void readsEveryVariable() {
        Map<String, String> env = minimal();
        env.putAll(Map.of("RPO_TARGET_HOURS", "12", "RTO_TARGET_MINUTES", "60", "MIN_RETENTION_DAYS", "90",
                "STUCK_JOB_HOURS", "6", "STUCK_JOB_MEDIAN_FACTOR", "2.5", "LOOKBACK_HOURS", "48",
                "REGIONS", "eu-west-1, eu-central-1", "BACKUP_VAULT_NAME", "vault-x", "REPLICA_REGION", "eu-north-1",
                "REQUIRE_CUSTOMER_MANAGED_KEY", "true"));
        env.putAll(Map.of("REPLICA_ACCOUNT_ID", "210987654321", "COVERAGE_INCLUDE_TAGS", "none",
                "COVERAGE_EXCLUDE_TAGS", "Backup=off,Scratch", "COVERAGE_RESOURCE_TYPES", "ec2:volume",
                "MIN_BACKUP_FREQUENCY_HOURS", "12", "REPORT_TIME_ZONE", "Europe/Berlin", "REPORT_LINK_HOURS", "6"));

        BackupValidatorConfig config = BackupValidatorConfig.from(Environment.of(env));

        assertThat(config.regions()).containsExactly("eu-west-1", "eu-central-1");
        assertThat(config.primaryRegion()).isEqualTo("eu-west-1");
        assertThat(config.lookbackHours()).isEqualTo(48);
        assertThat(config.reportTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.controls()).isEqualTo(new ControlSettings(DeploymentEnvironment.PRODUCTION, 12, 60, 90, 6,
                2.5, 12, true, Optional.of("vault-x"), "eu-north-1", Optional.of("210987654321"), List.of("ec2:volume"),
                List.of(), List.of(TagRule.parse("Backup=off"), TagRule.parse("Scratch"))));
    }

    @Test
    void failsFastNamingTheVariableAndAValidValue() {
        assertThatThrownBy(() -> with("RPO_TARGET_HOURS", "a day")).isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable RPO_TARGET_HOURS must be a whole number from 1 to 8760, got 'a day'");
        assertThatThrownBy(() -> with("STUCK_JOB_MEDIAN_FACTOR", "0.5"))
                .hasMessage("Environment variable STUCK_JOB_MEDIAN_FACTOR must be a number from 1.0 to 100.0, got '0.5'");
        assertThatThrownBy(() -> with("REGIONS", "us-west-2,Oregon"))
                .hasMessage("Environment variable REGIONS must be a region list such as us-west-2,us-east-1, got 'Oregon'");
        assertThatThrownBy(() -> with("REPLICA_ACCOUNT_ID", "12345"))
                .hasMessage("Environment variable REPLICA_ACCOUNT_ID must be a 12-digit account id, got '12345'");
        assertThatThrownBy(() -> with("REPORT_TIME_ZONE", "Mars/Olympus"))
                .hasMessage("Environment variable REPORT_TIME_ZONE must be a time zone such as UTC or Europe/Berlin,"
                        + " got 'Mars/Olympus'");
        assertThatThrownBy(() -> with("COVERAGE_EXCLUDE_TAGS", "=temporary"))
                .hasMessage("Environment variable COVERAGE_EXCLUDE_TAGS must be a comma-separated list of Key or"
                        + " Key=Value[|Value...] (or none), got '=temporary'");
        assertThatThrownBy(() -> with("ENVIRONMENT", "prod"))
                .hasMessage("Environment variable ENVIRONMENT must be one of: development, staging, production, got 'prod'");
    }

    @Test
    void needsTheBucketTheTopicAndSomeRegion() {
        Map<String, String> env = minimal();
        env.remove("REPORT_BUCKET");
        assertThatThrownBy(() -> BackupValidatorConfig.from(Environment.of(env)))
                .hasMessage("Environment variable REPORT_BUCKET is required but not set (example:"
                        + " backup-sentinel-reports-123456789012)");
        Map<String, String> noRegion = minimal();
        noRegion.remove("AWS_REGION");
        assertThatThrownBy(() -> BackupValidatorConfig.from(Environment.of(noRegion)))
                .hasMessage("Environment variable REGIONS is required when AWS_REGION is not set (example:"
                        + " us-west-2,us-east-1)");
    }

    @Test
    void readsTheS3BackupSourcesOfTheDemoAndRejectsABadOneAtStartUp() {
        assertThat(BackupValidatorConfig.from(Environment.of(minimal())).backupSources()).isEmpty();
        Map<String, String> env = minimal();
        env.put("BACKUP_SOURCES", DemoAccount.backupSources());
        assertThat(BackupValidatorConfig.from(Environment.of(env)).backupSources()).extracting(s -> s.name())
                .containsExactly("awx", "vault", "prophecy-app", "gitlab");
        assertThatThrownBy(() -> with("BACKUP_SOURCES", "[{\"name\":\"awx\"}]"))
                .hasMessage("Environment variable BACKUP_SOURCES[0].bucket is required");
    }
}
