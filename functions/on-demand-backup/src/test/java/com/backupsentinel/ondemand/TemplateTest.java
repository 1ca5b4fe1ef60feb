package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.shared.config.Environment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml's OnDemandBackupFunction: environment, handler, routes and least-privilege policy. */
class TemplateTest {

    private static final String FUNCTION = "OnDemandBackupFunction";

    private static CfnTemplate template(Map<String, String> overrides) {
        return CfnTemplate.read(Events.folder().getParent().getParent().resolve("template.yaml"), overrides);
    }

    private static Map<String, String> environment(CfnTemplate template) {
        Map<String, String> env = new LinkedHashMap<>();
        template.resolve(template.root().path("Globals").path("Function").path("Environment").path("Variables"))
                .properties().forEach(field -> env.put(field.getKey(), field.getValue().asText()));
        template.resolve(template.resource(FUNCTION).path("Properties").path("Environment").path("Variables"))
                .properties().forEach(field -> env.put(field.getKey(), field.getValue().asText()));
        return env;
    }

    private static List<JsonNode> statements(CfnTemplate template) {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode policy : template.resolve(template.resource(FUNCTION).path("Properties").path("Policies"))) {
            policy.path("Statement").forEach(statements::add);
        }
        return statements;
    }

    private static JsonNode statement(List<JsonNode> statements, String sid) {
        return statements.stream().filter(s -> s.path("Sid").asText().equals(sid)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    @Test
    void theTemplateSuppliesEveryVariableTheConfigurationReads() {
        OnDemandBackupConfig config = OnDemandBackupConfig.from(Environment.of(environment(template(Map.of()))));

        assertThat(config.environment()).isEqualTo(DeploymentEnvironment.DEVELOPMENT);
        assertThat(config.requestsTableName()).isEqualTo("backup-sentinel-RequestsTable");
        assertThat(config.backupVaultName()).isEqualTo("Default");
        assertThat(config.backupRoleArn())
                .isEqualTo("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole");
        assertThat(config.backupPlanId()).isEmpty();
        assertThat(config.restoreAllowedResourceTypes()).containsExactly("RDS", "Aurora", "EBS", "EFS", "DynamoDB", "S3");
        assertThat(config.retentionDays()).isEqualTo(7);
        assertThat(config.reportBucket()).isEqualTo("backup-sentinel-ReportBucket");
        assertThat(config.metricsNamespace()).isEqualTo("BackupSentinel");
    }

    @Test
    void parametersReachTheConfiguration() {
        Map<String, String> env = environment(template(Map.of("Environment", "production",
                "BackupPlanId", "86e41ac0-3ea3-4c08-895f-8209c158c141", "RetentionDays", "120",
                "RestoreRoleArn", "arn:aws:iam::123456789012:role/arrakis-restore")));

        OnDemandBackupConfig config = OnDemandBackupConfig.from(Environment.of(env));

        assertThat(config.backupPlanId()).contains("86e41ac0-3ea3-4c08-895f-8209c158c141");
        assertThat(config.retentionDays()).isEqualTo(120);
        assertThat(config.restoreRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/arrakis-restore");
        assertThat(OnDemandBackupConfig.from(Environment.of(environment(template(Map.of("Environment", "production")))))
                .retentionDays()).isEqualTo(90);
    }

    @Test
    void theFunctionRunsThisHandlerFromThisModulesZip() {
        JsonNode properties = template(Map.of()).resource(FUNCTION).path("Properties");

        assertThat(properties.path("Handler").asText()).isEqualTo(OnDemandBackupHandler.class.getName() + "::handleRequest");
        assertThat(properties.path("CodeUri").asText()).isEqualTo("functions/on-demand-backup/target/on-demand-backup.zip");
    }

    @Test
    void everyRouteReachesTheFunctionThroughTheIamAuthorizedHttpApi() {
        CfnTemplate template = template(Map.of());
        List<String> routes = new ArrayList<>();
        template.resource(FUNCTION).path("Properties").path("Events").forEach(event -> {
            assertThat(event.path("Type").asText()).isEqualTo("HttpApi");
            assertThat(event.path("Properties").path("PayloadFormatVersion").asText()).isEqualTo("2.0");
            routes.add(event.path("Properties").path("Method").asText() + " " + event.path("Properties").path("Path")
                    .asText());
        });

        assertThat(routes).containsExactlyInAnyOrder("POST /backups", "GET /backups/latest", "GET /backups/{timestamp}",
                "POST /restores", "GET /restores/{timestamp}", "GET /audit", "ANY /{proxy+}");
        assertThat(template.resource("OnDemandApi").path("Properties").path("Auth").path("DefaultAuthorizer").asText())
                .isEqualTo("AWS_IAM");
    }

    @Test
    void thePolicyIsLeastPrivilege() {
        List<JsonNode> statements = statements(template(Map.of()));

        JsonNode start = statement(statements, "StartBackupsIntoConfiguredVault");
        assertThat(texts(start.path("Action"))).containsExactly("backup:StartBackupJob");
        assertThat(texts(start.path("Resource")))
                .containsExactly("arn:aws:backup:us-west-2:123456789012:backup-vault:Default");
        JsonNode passRole = statement(statements, "PassOnlyTheBackupAndRestoreRolesToAwsBackup");
        assertThat(texts(passRole.path("Action"))).containsExactly("iam:PassRole");
        assertThat(texts(passRole.path("Resource"))).containsOnly(
                "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole");
        assertThat(passRole.path("Condition").path("StringEquals").path("iam:PassedToService").asText())
                .isEqualTo("backup.amazonaws.com");
        Set<String> withoutResourceLevelPermissions = Set.of("backup:DescribeBackupJob", "backup:DescribeRestoreJob",
                "backup:ListBackupJobs", "tag:GetResources");
        for (JsonNode statement : statements) {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(texts(statement.path("Action"))).allSatisfy(action -> assertThat(action).doesNotContain("*"));
            if (texts(statement.path("Resource")).contains("*")) {
                assertThat(texts(statement.path("Action"))).isSubsetOf(withoutResourceLevelPermissions);
            }
        }
        assertThat(statements.stream().flatMap(s -> texts(s.path("Action")).stream()))
                .contains("dynamodb:UpdateItem", "backup:StartRestoreJob", "backup:GetRecoveryPointRestoreMetadata",
                        "backup:ListBackupJobs", "s3:PutObject")
                .doesNotContain("backup:DeleteRecoveryPoint", "dynamodb:Scan", "dynamodb:DeleteItem", "s3:GetObject");
        assertThat(Optional.of(statement(statements, "WriteConfigurationBackups").path("Resource").asText()))
                .contains("arn:aws:sample:us-west-2:123456789012:backup-sentinel-ReportBucket/config-backups/*");
    }

    @Test
    void restoresPassOnlyTheRestoreRoleWhenOneIsConfigured() {
        List<JsonNode> statements = statements(template(Map.of(
                "BackupRoleArn", "arn:aws:iam::123456789012:role/arrakis-backup",
                "RestoreRoleArn", "arn:aws:iam::123456789012:role/arrakis-restore")));

        assertThat(texts(statement(statements, "PassOnlyTheBackupAndRestoreRolesToAwsBackup").path("Resource")))
                .containsExactly("arn:aws:iam::123456789012:role/arrakis-backup",
                        "arn:aws:iam::123456789012:role/arrakis-restore");
    }
}
