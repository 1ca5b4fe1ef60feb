package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.orgvalidation.aggregate.AggregateRequest;
import com.backupsentinel.orgvalidation.aggregate.AggregateRequestParser;
import com.backupsentinel.orgvalidation.plan.OrgPlanException;
import com.backupsentinel.orgvalidation.plan.PlanRequest;
import com.backupsentinel.orgvalidation.plan.PlanRequestParser;
import com.backupsentinel.orgvalidation.plan.PlanService;
import com.backupsentinel.orgvalidation.plan.ShardPlan;
import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardRequestParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The org validation state machine in template.yaml has the structure the org functions and local-org-run rely on:
 * its states in order (all JSONPath), a plan task that brings only the items file's key and counts into the state, a
 * Distributed Map that reads its items from that file (ItemReader) and whose ItemSelector builds exactly the shard's
 * input, concurrency and tolerated failure from the parameters, Retry with backoff on Lambda's throttling and service
 * errors, a Catch that turns a failed shard into its ERROR, a ResultWriter into the report bucket, and an Aggregate
 * task whose payload is exactly the aggregator's input. Every org resource is conditional, so a single-account stack deploys none of it.
 */
class OrgStateMachineDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template TEMPLATE = ProjectFunctions.TEMPLATE;
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

    @Test
    void runsSettingsThePlanTheDistributedMapThenAggregate() {
        Map<String, Object> states = states();
        assertThat(states.keySet()).containsExactly("Settings", "PlanShards", "ValidateShards", "Aggregate");
        assertThat(definition().get("StartAt")).isEqualTo("Settings");
        assertThat(state("Settings").get("Next")).isEqualTo("PlanShards");
        assertThat(state("PlanShards").get("Next")).isEqualTo("ValidateShards");
        assertThat(state("ValidateShards").get("Next")).isEqualTo("Aggregate");
        assertThat(String.valueOf(state("Aggregate").get("End"))).isEqualTo("true");
        // every state is JSONPath: nothing that only Step Functions' own JSONata engine could run
        assertThat(definition().toString()).doesNotContain("QueryLanguage").doesNotContain("{%");
    }

    @Test
    void thePlanTaskBringsOnlyTheItemsFilesKeyAndTwoCountsIntoTheState() throws Exception {
        Map<String, Object> plan = state("PlanShards");
        assertThat(plan.get("Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(Template.asMap(plan.get("Parameters"), "Parameters").get("FunctionName"))
                .isEqualTo("${PlanFunctionArn}");
        assertThat(substitutions().get("PlanFunctionArn")).isEqualTo(Map.of("Ref", "OrgValidationPlanFunction.Alias"));
        OrgStateMachine machine = OrgStateMachine.read(TEMPLATE);
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").put("Name", "run-1").put("StartTime", "2026-11-22T06:30:00.123Z");
        PlanRequest request = PlanRequestParser.parse(JSON.convertValue(JsonPaths.apply(machine.planPayload(),
                JSON.createObjectNode(), context), Map.class));
        assertThat(request.run().runId()).isEqualTo("run-1");
        assertThat(machine.planResultSelector().keySet()).containsExactlyInAnyOrder("bucket.$", "key.$",
                "accounts.$", "shards.$");
        assertThat(machine.planResultPath()).isEqualTo("$.plan");

        // the plan of 5,000 accounts x 3 regions, as the function answers it: the state grows by a few hundred bytes
        ShardPlan answer = new ShardPlan("reports-bucket", request.run().folder() + PlanService.ITEMS_FILE,
                "ORGANIZATIONS", 5_003, 2, 1, 5_000, 3, 15_000, 1_380_000);
        ObjectNode result = JSON.createObjectNode().put("StatusCode", 200);
        result.set("Payload", JSON.valueToTree(answer));
        ObjectNode selected = JsonPaths.apply(machine.planResultSelector(), result, context);
        assertThat(selected).isEqualTo(JSON.readTree("{\"bucket\":\"reports-bucket\",\"key\":\"reports/org-validation/"
                + "2026/11/22/run-1/shard-items.json\",\"accounts\":5000,\"shards\":15000}"));
        assertThat(selected.toString().length()).isLessThan(200);
    }

    @Test
    void thePlanIsNotRetriedWhenNoRetryCouldHelpAndRetriedWithBackoffOtherwise() {
        List<Retrier> retries = OrgStateMachine.read(TEMPLATE).planRetries();
        assertThat(retries.get(0).errorEquals()).containsExactly(OrgPlanException.class.getName());
        assertThat(retries.get(0).maxAttempts()).isZero();
        assertThat(retries.get(1).errorEquals()).contains("Lambda.TooManyRequestsException", "Lambda.ServiceException");
        assertThat(retries.get(1).fullJitter()).isTrue();
        assertThat(retries).last().satisfies(last -> {
            assertThat(last.errorEquals()).containsExactly("States.ALL");
            assertThat(last.maxAttempts()).isPositive();
        });
    }

    @Test
    void distributedMapReadsItsItemsFromThePlansFileAndTakesItsLimitsFromTheParameters() {
        Map<String, Object> map = state("ValidateShards");
        assertThat(map.get("Type")).isEqualTo("Map");
        assertThat(map).as("no items in the state: the ItemReader reads them").doesNotContainKey("ItemsPath")
                .doesNotContainKey("Items");
        Map<String, Object> reader = Template.asMap(map.get("ItemReader"), "ItemReader");
        assertThat(reader.get("Resource")).isEqualTo("arn:aws:states:::s3:getObject");
        assertThat(Template.asMap(reader.get("ReaderConfig"), "ReaderConfig")).isEqualTo(Map.of("InputType", "JSON"));
        assertThat(Template.asMap(reader.get("Parameters"), "ItemReader.Parameters"))
                .isEqualTo(Map.of("Bucket.$", "$.plan.bucket", "Key.$", "$.plan.key"));
        assertThat(map.get("MaxConcurrencyPath")).isEqualTo("$.settings.maxConcurrency");
        assertThat(map.get("ToleratedFailurePercentagePath")).isEqualTo("$.settings.toleratedFailurePercentage");
        Map<String, Object> processor = Template.asMap(map.get("ItemProcessor"), "ItemProcessor");
        assertThat(Template.asMap(processor.get("ProcessorConfig"), "ProcessorConfig"))
                .containsEntry("Mode", "DISTRIBUTED").containsEntry("ExecutionType", "STANDARD");
        Map<String, Object> settings = Template.asMap(state("Settings").get("Parameters"), "Settings.Parameters");
        assertThat(settings).containsOnlyKeys("maxConcurrency.$", "toleratedFailurePercentage.$")
                .containsEntry("maxConcurrency.$", "States.StringToJson('${MaxConcurrency}')")
                .containsEntry("toleratedFailurePercentage.$", "States.StringToJson('${ToleratedFailurePercentage}')");
        assertThat(substitutions().get("MaxConcurrency")).isEqualTo(Map.of("Ref", "OrgMaxConcurrency"));
        assertThat(substitutions().get("ToleratedFailurePercentage"))
                .isEqualTo(Map.of("Ref", "OrgToleratedFailurePercentage"));
    }

    @Test
    void itemSelectorBuildsExactlyTheShardsInput() {
        OrgStateMachine machine = OrgStateMachine.read(TEMPLATE);
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").put("Name", "run-1").put("StartTime", "2026-11-22T06:30:00.123Z");
        context.putObject("Map").putObject("Item").put("Index", 0).set("Value", JSON.createObjectNode()
                .put("accountId", "210000000001").put("accountName", "payments-prod").put("region", "eu-west-1"));
        ObjectNode input = JsonPaths.apply(machine.itemSelector(), JSON.createObjectNode(), context);
        ShardRequest request = ShardRequestParser.parse(JSON.convertValue(input, Map.class));
        assertThat(request.accountId()).isEqualTo("210000000001");
        assertThat(request.accountName()).isEqualTo("payments-prod");
        assertThat(request.region()).isEqualTo("eu-west-1");
        assertThat(request.run().runId()).isEqualTo("run-1");
    }

    @Test
    void shardTaskRetriesLambdaThrottlingWithBackoffThenCatchesEverythingAsTheShardsError() {
        Map<String, Object> task = shardTask();
        assertThat(task.get("Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(task.get("OutputPath")).isEqualTo("$.Payload");
        assertThat(Template.asMap(task.get("Parameters"), "Parameters").get("FunctionName"))
                .isEqualTo("${ShardFunctionArn}");
        List<Retrier> retries = OrgStateMachine.read(TEMPLATE).retries();
        Retrier lambda = retries.get(0);
        assertThat(lambda.errorEquals()).contains("Lambda.TooManyRequestsException", "Lambda.ServiceException",
                "Lambda.AWSLambdaException", "Lambda.SdkClientException");
        assertThat(lambda.backoffRate()).isGreaterThan(1.0);
        assertThat(lambda.maxAttempts()).isGreaterThanOrEqualTo(3);
        assertThat(lambda.fullJitter()).isTrue();
        assertThat(retries).last().satisfies(last -> assertThat(last.errorEquals()).containsExactly("States.ALL"));
        List<?> catchers = (List<?>) task.get("Catch");
        assertThat(catchers).hasSize(1);
        Map<String, Object> catcher = Template.asMap(catchers.get(0), "Catch");
        assertThat(catcher).containsEntry("ErrorEquals", List.of("States.ALL")).containsEntry("ResultPath", "$.failure")
                .containsEntry("Next", "ShardFailed");
        Map<String, Object> failed = Template.asMap(processorStates().get("ShardFailed"), "ShardFailed");
        assertThat(failed.get("Type")).isEqualTo("Pass");
        assertThat(Template.asMap(failed.get("Parameters"), "ShardFailed.Parameters"))
                .containsEntry("status", "ERROR").containsEntry("accountId.$", "$.accountId")
                .containsEntry("region.$", "$.region").containsEntry("failure.$", "$.failure");
    }

    @Test
    void resultWriterWritesIntoTheReportBucketUnderTheOrgReportsPrefix() {
        Map<String, Object> writer = Template.asMap(state("ValidateShards").get("ResultWriter"), "ResultWriter");
        assertThat(writer.get("Resource")).isEqualTo("arn:aws:states:::s3:putObject");
        Map<String, Object> parameters = Template.asMap(writer.get("Parameters"), "ResultWriter.Parameters");
        assertThat(parameters).containsEntry("Bucket", "${ReportBucket}");
        assertThat(String.valueOf(parameters.get("Prefix"))).startsWith("reports/org-validation/");
        assertThat(substitutions().get("ReportBucket")).isEqualTo(Map.of("Ref", "ReportBucket"));
    }

    @Test
    void aggregatePayloadIsExactlyTheAggregatorsInput() {
        OrgStateMachine machine = OrgStateMachine.read(TEMPLATE);
        ObjectNode mapOutput = JSON.createObjectNode().put("MapRunArn", "arn:aws:states:us-east-1:123456789012:mapRun:"
                + "backup-sentinel-org-validation/ValidateShards:4d9991a0");
        mapOutput.putObject("ResultWriterDetails").put("Bucket", "reports-bucket")
                .put("Key", "reports/org-validation/map-runs/4d9991a0/manifest.json");
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").put("Name", "run-1").put("StartTime", "2026-11-22T06:30:00.123Z");
        ObjectNode payload = JsonPaths.apply(machine.aggregatePayload(), mapOutput, context);
        AggregateRequest request = AggregateRequestParser.parse(JSON.convertValue(payload, Map.class));
        assertThat(request.bucket()).isEqualTo("reports-bucket");
        assertThat(request.manifestKey()).endsWith("manifest.json");
        assertThat(request.run().runId()).isEqualTo("run-1");
        assertThat(Template.asMap(state("Aggregate").get("Parameters"), "Aggregate.Parameters").get("FunctionName"))
                .isEqualTo("${AggregatorFunctionArn}");
        assertThat(state("Aggregate").toString()).contains("Lambda.TooManyRequestsException");
    }

    @Test
    void everySubstitutionTheDefinitionUsesIsDefinedAndEveryDefinedOneIsUsed() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = SUBSTITUTION.matcher(definition().toString());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(new TreeSet<>(substitutions().keySet())).isEqualTo(used);
    }

    @Test
    void everyOrgResourceIsConditionalSoASingleAccountStackDeploysNoneOfIt() {
        List<String> org = TEMPLATE.resources().keySet().stream().filter(id -> id.startsWith("Org")).toList();
        assertThat(org).contains("OrgValidationStateMachine", "OrgValidationShardFunction",
                "OrgValidationAggregatorFunction", "OrgBackupEventsBusPolicy");
        assertThat(org).allSatisfy(id -> assertThat(TEMPLATE.resource(id).orElseThrow().condition())
                .as("%s Condition", id).hasValueSatisfying(condition -> assertThat(condition).startsWith("Org")));
        Map<String, Object> parameter = Template.asMap(TEMPLATE.section("Parameters").get("OrgValidation"),
                "OrgValidation");
        assertThat(parameter.get("Default")).isEqualTo("disabled");
    }

    @Test
    void localOrgRunRefusesPathsItCannotFollow() {
        assertThatThrownBy(() -> JsonPaths.path("$.items[0]", JSON.createObjectNode(), JSON.createObjectNode()))
                .hasMessage("local-org-run runs the paths $, $.a.b and $$.a.b only, not '$.items[0]'");
        assertThatThrownBy(() -> JsonPaths.path("$.missing", JSON.createObjectNode(), JSON.createObjectNode()))
                .hasMessage("States.Runtime: the JSONPath '$.missing' could not be found in the input");
    }

    private static Map<String, Object> definition() {
        return Template.asMap(TEMPLATE.resource(OrgStateMachine.LOGICAL_ID).orElseThrow().properties()
                .get("Definition"), "Definition");
    }

    private static Map<String, Object> substitutions() {
        return Template.asMap(TEMPLATE.resource(OrgStateMachine.LOGICAL_ID).orElseThrow().properties()
                .get("DefinitionSubstitutions"), "DefinitionSubstitutions");
    }

    private static Map<String, Object> states() {
        return Template.asMap(definition().get("States"), "States");
    }

    private static Map<String, Object> state(String name) {
        return Template.asMap(states().get(name), name);
    }

    private static Map<String, Object> processorStates() {
        Map<String, Object> processor = Template.asMap(state("ValidateShards").get("ItemProcessor"), "ItemProcessor");
        return Template.asMap(processor.get("States"), "ItemProcessor.States");
    }

    private static Map<String, Object> shardTask() {
        return Template.asMap(processorStates().get("ValidateShard"), "ValidateShard");
    }
}
