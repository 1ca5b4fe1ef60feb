package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.orgvalidation.OrgRun;
import com.backupsentinel.orgvalidation.plan.PlanService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grants issue 12 narrowed, read from template.yaml with its intrinsics resolved: OnDemandBackupFunction reads
 * exactly the configured config.yaml keys, BackupSourceBuckets cannot open every bucket, the validator gets every
 * resource only for the actions that have no resource-level permissions, the topic admits no EventBridge rule, and
 * every key-policy statement for an AWS service carries a source condition.
 */
class TemplateGrantsTest {

    private static final Template TEMPLATE = ProjectFunctions.TEMPLATE;
    private static final String BUCKET = "arn:aws:s3:::" + bucketName();

    private static String bucketName() {
        return string(resolver(Map.of()).resolve(Map.of("Ref", "ReportBucket"), "ReportBucket"));
    }

    private static IntrinsicResolver resolver(Map<String, String> parameters) {
        return new IntrinsicResolver(TEMPLATE, new PhysicalIds(TEMPLATE, ProjectFunctions.stack(parameters), Map.of()));
    }

    private static Map<String, Object> properties(String logicalId, Map<String, String> parameters) {
        Template.Resource resource = TEMPLATE.resource(logicalId).orElseThrow();
        return Template.asMap(resolver(parameters).resolve(resource.properties(), logicalId), logicalId);
    }

    /** The statements of a function's Policies (SAM policy templates left out). */
    private static List<Map<String, Object>> functionStatements(String logicalId, Map<String, String> parameters) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(properties(logicalId, parameters).get("Policies"))) {
            Object statement = Template.asMap(policy, logicalId).get("Statement");
            if (statement != null) {
                list(statement).forEach(item -> statements.add(Template.asMap(item, logicalId)));
            }
        }
        return statements;
    }

    private static List<Map<String, Object>> documentStatements(String logicalId, String document) {
        Map<String, Object> policy = Template.asMap(properties(logicalId, Map.of()).get(document), logicalId);
        List<Map<String, Object>> statements = new ArrayList<>();
        list(policy.get("Statement")).forEach(item -> statements.add(Template.asMap(item, logicalId)));
        return statements;
    }

    private static List<String> resourcesFor(List<Map<String, Object>> statements, String action) {
        List<String> resources = new ArrayList<>();
        for (Map<String, Object> statement : statements) {
            if (texts(statement.get("Action")).contains(action)) {
                resources.addAll(texts(statement.get("Resource")));
            }
        }
        return resources;
    }

    private static Pattern allowedPattern(String parameter) {
        Map<String, Object> declaration = Template.asMap(TEMPLATE.section("Parameters").get(parameter), parameter);
        return Pattern.compile(string(declaration.get("AllowedPattern")));
    }

    @Test
    void onDemandReadsExactlyTheConfiguredConfigYamlKeys() {
        List<String> read = resourcesFor(functionStatements("OnDemandBackupFunction", Map.of("ConfigObjectKeys",
                "terragrunt/acme/config.yaml,terragrunt/globex/config.yaml")), "s3:GetObject");

        assertThat(read).hasSize(10).containsOnly(BUCKET + "/terragrunt/acme/config.yaml",
                BUCKET + "/terragrunt/globex/config.yaml").contains(BUCKET + "/terragrunt/acme/config.yaml",
                BUCKET + "/terragrunt/globex/config.yaml");
    }

    @Test
    void onDemandReadsNothingWhenNoConfigKeyIsConfigured() {
        assertThat(resourcesFor(functionStatements("OnDemandBackupFunction", Map.of()), "s3:GetObject")).isEmpty();
    }

    @Test
    void everyOneOfTenConfigKeysIsGranted() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add("terragrunt/customer-" + i + "/config.yaml");
        }

        List<String> read = resourcesFor(functionStatements("OnDemandBackupFunction",
                Map.of("ConfigObjectKeys", String.join(",", keys))), "s3:GetObject");

        assertThat(read).containsExactlyElementsOf(keys.stream().map(key -> BUCKET + "/" + key).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"terragrunt/acme/terraform.tfstate", "terragrunt/*", "terragrunt/acme/*.yaml",
        "terragrunt/*/config.yaml", "config.yaml", "terragrunt/acme/config.yaml,terragrunt/acme/.terraform/x",
        "terragrunt/a/config.yaml,terragrunt/b/config.yaml,terragrunt/c/config.yaml,terragrunt/d/config.yaml,"
                + "terragrunt/e/config.yaml,terragrunt/f/config.yaml,terragrunt/g/config.yaml,terragrunt/h/config.yaml,"
                + "terragrunt/i/config.yaml,terragrunt/j/config.yaml,terragrunt/k/config.yaml"})
    void configObjectKeysRefusesTerraformStateWildcardsAndMoreThanTenKeys(String keys) {
        assertThat(allowedPattern("ConfigObjectKeys").matcher(keys).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "**", "*-backups", "a*", "ab*", "stoa*backups", "stoa-backups/*", "STOA"})
    void backupSourceBucketsRefusesWildcardsThatOpenEveryBucket(String buckets) {
        assertThat(allowedPattern("BackupSourceBuckets").matcher(buckets).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "stoa-backups", "stoa-backups-*", "abc*", "backups.example.com"})
    void backupSourceBucketsAcceptsNamesAndNamedPrefixes(String buckets) {
        assertThat(allowedPattern("BackupSourceBuckets").matcher(buckets).matches()).isTrue();
    }

    @Test
    void theValidatorReadsObjectsOfTheNamedBucketsOnly() {
        List<Map<String, Object>> statements = functionStatements("BackupValidatorFunction",
                Map.of("BackupSourceBuckets", "stoa-backups-*"));

        assertThat(resourcesFor(statements, "s3:GetObject")).containsExactly(BUCKET + "/reports/validation/*",
                "arn:aws:s3:::stoa-backups-*/*");
        assertThat(resourcesFor(functionStatements("BackupValidatorFunction", Map.of()), "s3:GetObject"))
                .containsExactly(BUCKET + "/reports/validation/*");
    }

    @Test
    void theValidatorGetsEveryResourceOnlyForActionsWithoutResourceLevelPermissions() {
        List<Map<String, Object>> statements = functionStatements("BackupValidatorFunction", Map.of());
        List<String> onEveryResource = new ArrayList<>();
        for (Map<String, Object> statement : statements) {
            assertThat(texts(statement.get("Action"))).allSatisfy(action -> assertThat(action).doesNotContain("*"));
            if (texts(statement.get("Resource")).contains("*")) {
                onEveryResource.addAll(texts(statement.get("Action")));
            }
        }

        assertThat(onEveryResource).containsExactlyInAnyOrder("backup:ListBackupJobs", "backup:ListCopyJobs",
                "backup:ListRestoreJobs", "backup:ListBackupVaults", "backup:ListBackupPlans",
                "backup:ListProtectedResources", "backup:ListScanJobs", "backup:ListRestoreTestingPlans",
                "tag:GetResources", "iam:ListAccountAliases");
        assertThat(statements.stream().flatMap(s -> texts(s.get("Action")).stream()))
                .filteredOn(action -> action.startsWith("iam:")).containsExactly("iam:ListAccountAliases");
        assertThat(resourcesFor(statements, "backup:DescribeRecoveryPoint")).allSatisfy(arn -> assertThat(arn)
                .doesNotStartWith("*"));
    }

    @Test
    void thePlanWritesAndTheStateMachineReadsTheItemsFileOfARunAndNothingElse() {
        Map<String, String> org = Map.of("OrgValidation", "enabled", "OrganizationId", "o-a1b2c3d4e5");
        String items = BUCKET + "/reports/org-validation/*/shard-items.json";
        List<Map<String, Object>> plan = functionStatements("OrgValidationPlanFunction", org);
        assertThat(resourcesFor(plan, "s3:PutObject")).containsExactly(items);
        assertThat(plan.stream().flatMap(statement -> texts(statement.get("Action")).stream()))
                .containsExactlyInAnyOrder("s3:PutObject", "kms:GenerateDataKey", "organizations:ListAccounts");
        List<Map<String, Object>> machine = functionStatements("OrgValidationStateMachine", org);
        assertThat(resourcesFor(machine, "s3:GetObject")).contains(items);
        Pattern granted = Pattern.compile(Pattern.quote(items).replace("*", "\\E.*\\Q"));
        String key = new OrgRun("run-1", Instant.parse("2026-11-22T06:30:00Z")).folder() + PlanService.ITEMS_FILE;
        assertThat(BUCKET + "/" + key).matches(granted);
        assertThat(BUCKET + "/reports/org-validation/2026/11/22/run-1/shards/210000000001/us-west-2/report.json")
                .doesNotMatch(granted);
    }

    @Test
    void onlyThePlanListsTheOrganisationsAccountsAndOnlyWhenOrgAccountsDoesNotNameThem() {
        Map<String, String> listing = Map.of("OrgValidation", "enabled", "OrganizationId", "o-a1b2c3d4e5");
        Map<String, String> fixed = Map.of("OrgValidation", "enabled", "OrgAccounts", "210000000001,210000000002");
        assertThat(resourcesFor(functionStatements("OrgValidationPlanFunction", listing), "organizations:ListAccounts"))
                .containsExactly("*");
        assertThat(resourcesFor(functionStatements("OrgValidationPlanFunction", fixed), "organizations:ListAccounts"))
                .isEmpty();
        for (String other : List.of("OrgValidationStateMachine", "OrgValidationShardFunction",
                "OrgValidationAggregatorFunction")) {
            assertThat(functionStatements(other, listing).toString()).as(other).doesNotContain("organizations:");
        }
    }

    @Test
    void theTopicAdmitsOnlyThisAccountsAlarmsAndNoEventBridgeRule() {
        List<Map<String, Object>> statements = documentStatements("NotificationTopicPolicy", "PolicyDocument");

        assertThat(statements).extracting(s -> s.get("Sid"))
                .containsExactly("CloudWatchAlarmsOfThisAccountPublish", "DenyPublishWithoutTls");
        assertThat(statements.toString()).doesNotContain("events.amazonaws.com");
        assertThat(statements.get(0).get("Condition")).isEqualTo(Map.of("ArnLike",
                Map.of("aws:SourceArn", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:*")));
    }

    @Test
    void everyKeyPolicyStatementForAServiceIsBoundToThisAccountOrStack() {
        List<Map<String, Object>> statements = documentStatements("EncryptionKey", "KeyPolicy");

        for (Map<String, Object> statement : statements) {
            Object principal = Template.asMap(statement.get("Principal"), "Principal").get("Service");
            if (principal != null) {
                assertThat(statement.get("Condition")).as("%s", statement.get("Sid")).isNotNull();
            }
        }
        assertThat(condition(statements, "DynamoDbDescribesKey")).isEqualTo(Map.of("StringEquals",
                Map.of("aws:SourceAccount", "123456789012")));
        assertThat(condition(statements, "CloudWatchAlarmsPublishToEncryptedTopic")).isEqualTo(Map.of("ArnLike",
                Map.of("kms:EncryptionContext:aws:sns:topicArn", "arn:aws:sns:us-east-1:123456789012:"
                        + ProjectFunctions.stack(Map.of()).stackName() + "-*")));
        assertThat(condition(statements, "EventBridgeWritesEncryptedQueues")).isEqualTo(Map.of("StringEquals",
                Map.of("aws:SourceAccount", "123456789012")));
    }

    private static Object condition(List<Map<String, Object>> statements, String sid) {
        return statements.stream().filter(s -> sid.equals(s.get("Sid"))).findFirst().orElseThrow().get("Condition");
    }

    private static List<?> list(Object value) {
        return value instanceof List ? (List<?>) value : List.of(value);
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        list(value).forEach(item -> texts.add(String.valueOf(item)));
        return texts;
    }

    private static String string(Object value) {
        return String.valueOf(value);
    }
}
