package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnDemandBackupConfigTest {

    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "staging");
        env.put("REQUESTS_TABLE_NAME", "backup-sentinel-requests");
        env.put("BACKUP_VAULT_NAME", "arrakis-backup-vault-production");
        env.put("BACKUP_ROLE_ARN", "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole");
        env.put("RESTORE_ROLE_ARN", "arn:aws:iam::123456789012:role/arrakis-restore-role");
        env.put("REPORT_BUCKET", "backup-sentinel-reports-123456789012");
        return env;
    }

    private static OnDemandBackupConfig read(Map<String, String> env) {
        return OnDemandBackupConfig.from(Environment.of(env));
    }

    private static void assertRefused(Map<String, String> env, String message) {
        assertThatThrownBy(() -> read(env)).isInstanceOf(ConfigurationException.class).hasMessage(message);
    }

    @Test
    void readsEveryVariable() {
        Map<String, String> env = minimal();
        env.put("BACKUP_PLAN_ID", "86e41ac0-3ea3-4c08-895f-8209c158c141");
        env.put("RESTORE_ALLOWED_RESOURCE_TYPES", "rds, Aurora,EBS,rds");
        env.put("RETENTION_DAYS", "45");
        env.put("CONFIG_OBJECT_KEYS", "terragrunt/acme/config.yaml, terragrunt/beta/config.yaml");
        env.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinelTest");

        assertThat(read(env)).isEqualTo(new OnDemandBackupConfig(DeploymentEnvironment.STAGING,
                "backup-sentinel-requests", "arrakis-backup-vault-production",
                "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
                "arn:aws:iam::123456789012:role/arrakis-restore-role", Optional.of("86e41ac0-3ea3-4c08-895f-8209c158c141"),
                List.of("RDS", "Aurora", "EBS"), 45, "backup-sentinel-reports-123456789012",
                List.of("terragrunt/acme/config.yaml", "terragrunt/beta/config.yaml"), "BackupSentinelTest", Optional.empty()));
    }

    @Test
    void takesTheEnvironmentsRetentionAndDocumentedDefaults() {
        OnDemandBackupConfig staging = read(minimal());
        Map<String, String> production = minimal();
        production.put("ENVIRONMENT", "production");

        assertThat(staging.retentionDays()).isEqualTo(30);
        assertThat(read(production).retentionDays()).isEqualTo(90);
        assertThat(staging.backupPlanId()).isEmpty();
        assertThat(staging.restoreAllowedResourceTypes()).isEmpty();
        assertThat(staging.configObjectKeys()).isEmpty();
        assertThat(staging.metricsNamespace()).isEqualTo("BackupSentinel");
    }

    @Test
    void failsFastOnMissingVariables() {
        Map<String, String> env = minimal();
        env.remove("REQUESTS_TABLE_NAME");
        assertRefused(env, "Environment variable REQUESTS_TABLE_NAME is required but not set "
                + "(example: backup-sentinel-requests)");
        Map<String, String> noEnvironment = minimal();
        noEnvironment.remove("ENVIRONMENT");
        assertRefused(noEnvironment, "Environment variable ENVIRONMENT is required but not set "
                + "(one of: development, staging, production)");
    }

    @Test
    void failsFastOnMalformedValues() {
        Map<String, String> env = minimal();
        env.put("BACKUP_VAULT_NAME", "my vault");
        assertRefused(env, "Environment variable BACKUP_VAULT_NAME must be 2 to 50 letters, digits, - or _ such as "
                + "backup-sentinel-vault, got 'my vault'");

        env = minimal();
        env.put("RESTORE_ROLE_ARN", "arn:aws:iam::123456789012:user/alice");
        assertRefused(env, "Environment variable RESTORE_ROLE_ARN must be an IAM role ARN such as "
                + "arn:aws:iam::111122223333:role/BackupSentinelRestore, got 'arn:aws:iam::123456789012:user/alice'");

        env = minimal();
        env.put("BACKUP_PLAN_ID", "plan id");
        assertRefused(env, "Environment variable BACKUP_PLAN_ID must be a backup plan id such as "
                + "8a3e1b5c-1f2d-4e6a-9b7c-0d1e2f3a4b5c (or empty), got 'plan id'");

        env = minimal();
        env.put("RETENTION_DAYS", "0");
        assertRefused(env, "Environment variable RETENTION_DAYS must be a whole number from 1 to 36500, got '0'");

        env = minimal();
        env.put("CONFIG_OBJECT_KEYS", "/absolute/key");
        assertRefused(env, "Environment variable CONFIG_OBJECT_KEYS must list S3 object keys such as "
                + "terragrunt/acme/config.yaml, got '/absolute/key'");
    }

    @Test
    void failsFastOnUnknownResourceTypes() {
        Map<String, String> env = minimal();
        env.put("RESTORE_ALLOWED_RESOURCE_TYPES", "RDS,postgres");

        assertThatThrownBy(() -> read(env)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Environment variable RESTORE_ALLOWED_RESOURCE_TYPES must list AWS Backup "
                        + "resource types (Aurora, CloudFormation, ")
                .hasMessageEndingWith("), got 'postgres'");
    }
}
