package com.backupsentinel.orgvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.orgvalidation.aggregate.AggregateRequestParser;
import com.backupsentinel.orgvalidation.aggregate.InvalidAggregateRequestException;
import com.backupsentinel.orgvalidation.plan.InvalidPlanRequestException;
import com.backupsentinel.orgvalidation.plan.PlanRequest;
import com.backupsentinel.orgvalidation.plan.PlanRequestParser;
import com.backupsentinel.orgvalidation.plan.PlanService;
import com.backupsentinel.orgvalidation.shard.InvalidShardRequestException;
import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardRequestParser;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.hostile.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The org functions' inputs fuzzed with jqwik, as the Lambda runtime hands them over (a JSON object read into a Map):
 * a plan input, a Map item or an aggregator input with fields changed to hostile values, removed or added is either read, with
 * every field as it must be, or refused with the parser's own exception and a short message; never anything else.
 */
class OrgInputFuzzTest {

    private static final int MAX_MESSAGE = 400;

    @Provide
    Arbitrary<JsonNode> items() {
        ObjectNode valid = Json.mapper().createObjectNode().put("accountId", "210000000001")
                .put("accountName", "payments-prod").put("region", "us-west-2").put("runId", "run-1")
                .put("runStartedAt", "2026-11-22T06:30:00.123Z");
        return HostileJson.mutated(valid, List.of("accountId", "accountName", "region", "runId", "runStartedAt",
                "roleArn"), HostileJson.values());
    }

    @Provide
    Arbitrary<JsonNode> aggregatorInputs() {
        ObjectNode valid = Json.mapper().createObjectNode().put("mapRunArn", "arn:aws:states:us-east-1:123456789012:"
                + "mapRun:org/ValidateShards:4d99").put("runId", "run-1").put("runStartedAt", "2026-11-22T06:30:00Z");
        valid.putObject("resultWriterDetails").put("Bucket", "reports").put("Key", "reports/x/manifest.json");
        return HostileJson.mutated(valid, List.of("resultWriterDetails", "mapRunArn", "runId", "runStartedAt",
                "MapRunArn"), HostileJson.values());
    }

    @Provide
    Arbitrary<JsonNode> planInputs() {
        ObjectNode valid = Json.mapper().createObjectNode().put("runId", "run-1")
                .put("runStartedAt", "2026-11-22T06:30:00.123Z");
        return HostileJson.mutated(valid, List.of("runId", "runStartedAt", "items"), HostileJson.values());
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void aPlanInputIsReadOrRefusedBriefly(@ForAll("planInputs") JsonNode input) {
        try {
            PlanRequest request = PlanRequestParser.parse(Json.mapper().convertValue(input, Map.class));
            assertThat(request.run().folder() + PlanService.ITEMS_FILE).startsWith("reports/org-validation/")
                    .endsWith("/shard-items.json").doesNotContain("..");
        } catch (InvalidPlanRequestException e) {
            assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
        }
    }

    @Property(tries = 300)
    @SuppressWarnings("unchecked")
    void aMapItemIsReadAsItMustBeOrRefusedBriefly(@ForAll("items") JsonNode item) {
        Map<String, Object> input = Json.mapper().convertValue(item, Map.class);
        try {
            ShardRequest request = ShardRequestParser.parse(input);
            assertThat(request.accountId()).matches("\\d{12}");
            assertThat(request.region()).matches("[a-z]{2}(-[a-z]+)+-\\d");
            assertThat(request.run().shardFolder(request.accountId(), request.region()))
                    .startsWith("reports/org-validation/").doesNotContain("..");
        } catch (InvalidShardRequestException e) {
            assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
        }
    }

    @Property(tries = 300)
    @SuppressWarnings("unchecked")
    void anAggregatorInputIsReadOrRefusedBriefly(@ForAll("aggregatorInputs") JsonNode input) {
        try {
            assertThat(AggregateRequestParser.parse(Json.mapper().convertValue(input, Map.class)).manifestKey())
                    .endsWith("manifest.json");
        } catch (InvalidAggregateRequestException e) {
            assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
        }
    }
}
