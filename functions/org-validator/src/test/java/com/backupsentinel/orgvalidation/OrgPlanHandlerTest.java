package com.backupsentinel.orgvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.orgvalidation.plan.InvalidPlanRequestException;
import com.backupsentinel.orgvalidation.plan.OrgPlanException;
import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardRequestParser;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.LambdaTestContext;
import com.backupsentinel.standins.org.AssumedRoleKeys;
import com.backupsentinel.standins.org.OrgEstate;
import com.backupsentinel.standins.org.OrganizationsServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * OrgValidationPlanFunction through the real SDK against the org stand-ins, on an organisation of 5,000 member
 * accounts in 3 regions (plus the management account and two that are no longer ACTIVE): 15,000 items written to S3
 * in the shape the Map's ItemSelector reads, an answer of a few hundred bytes, Organizations paged, throttled,
 * refusing; the fixed OrgAccounts list without Organizations; bad input and bad configuration refused by name.
 */
class OrgPlanHandlerTest {

    private static final Path EVENTS = Path.of(System.getProperty("sentinel.root", "../.."), "events", "org-validator");
    private static final int ACCOUNTS = 5_000;
    private static final int REGIONS = 3;
    private static OrgFixture fixture;

    @BeforeAll
    static void start() {
        fixture = OrgFixture.start(ACCOUNTS, REGIONS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static LambdaTestContext context() {
        return new LambdaTestContext("org-validation-plan", "us-west-2", "111111111111", "request-1", 1024,
                () -> 300_000);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(String name) throws IOException {
        return Json.mapper().readValue(Files.readAllBytes(EVENTS.resolve(name)), Map.class);
    }

    private static Map<String, String> variables() {
        Map<String, String> variables = fixture.variables();
        // the management account runs the central stack; the docs list it here when it has no member role
        variables.put("ORG_EXCLUDED_ACCOUNTS", OrgEstate.CENTRAL_ACCOUNT_ID);
        return variables;
    }

    private static OrgPlanHandler handler(Map<String, String> variables, AtomicInteger flushed) {
        PlanWiring wiring = PlanWiring.create(Environment.of(variables), new RecordingMetrics());
        return new OrgPlanHandler(wiring.service(), wiring.budget(), flushed::incrementAndGet);
    }

    private static OrganizationsServer organizations() {
        return fixture.aws.organizations().orElseThrow();
    }

    @Test
    void fifteenThousandShardsGoToS3WhileTheAnswerThatEntersTheStateStaysTiny() throws IOException {
        AtomicInteger flushed = new AtomicInteger();
        int callsBefore = organizations().listAccountsCalls();
        Map<String, Object> answer = handler(variables(), flushed).handleRequest(event("plan-scheduled-run.json"),
                context());

        int listed = 1 + ACCOUNTS + OrgEstate.INACTIVE_ACCOUNTS;
        assertThat(answer).containsEntry("bucket", OrgFixture.BUCKET)
                .containsEntry("key", "reports/org-validation/2026/12/05/sample-run/shard-items.json")
                .containsEntry("source", "ORGANIZATIONS").containsEntry("listedAccounts", listed)
                .containsEntry("notActiveAccounts", OrgEstate.INACTIVE_ACCOUNTS).containsEntry("excludedAccounts", 1)
                .containsEntry("accounts", ACCOUNTS).containsEntry("regions", REGIONS)
                .containsEntry("shards", ACCOUNTS * REGIONS);
        assertThat(Json.mapper().writeValueAsBytes(answer).length).as("bytes the plan adds to the execution's state")
                .isLessThan(400);
        assertThat(organizations().listAccountsCalls() - callsBefore).as("ListAccounts pages of 20")
                .isEqualTo((listed + 19) / 20);
        assertThat(flushed).hasValue(1);

        JsonNode items;
        try (S3Client s3 = fixture.s3(); InputStream in = s3.getObject(request -> request.bucket(OrgFixture.BUCKET)
                .key(String.valueOf(answer.get("key"))))) {
            items = Json.mapper().readTree(in);
        }
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(ACCOUNTS * REGIONS);
        assertThat(((Number) answer.get("bytes")).longValue()).isGreaterThan(ACCOUNTS * REGIONS * 60L);
        Set<String> shards = new HashSet<>();
        for (JsonNode item : items) {
            // what the ItemSelector makes of each item: the shard's input
            Map<String, Object> input = new HashMap<>(Json.mapper().convertValue(item, Map.class));
            input.put("runId", "sample-run");
            input.put("runStartedAt", "2026-12-05T20:28:39.594Z");
            ShardRequest request = ShardRequestParser.parse(input);
            assertThat(fixture.estate.account(request.accountId())).as(item.toString()).isPresent();
            shards.add(request.accountId() + "/" + request.region());
        }
        assertThat(shards).as("every account in every region, once").hasSize(ACCOUNTS * REGIONS);
        assertThat(items.get(0).toString()).isEqualTo("{\"accountId\":\"210000000001\",\"accountName\":"
                + "\"payments-prod\",\"region\":\"us-west-2\"}");
    }

    @Test
    void aThrottledListingIsRetriedByTheClient() {
        int callsBefore = organizations().listAccountsCalls();
        organizations().throttle(2);
        Map<String, Object> answer = handler(variables(), new AtomicInteger()).handleRequest(Map.of("runId", "throttled",
                "runStartedAt", "2026-12-05T20:28:39.594Z"), context());
        assertThat(answer).containsEntry("shards", ACCOUNTS * REGIONS);
        assertThat(organizations().listAccountsCalls() - callsBefore).isEqualTo(2 + (1 + ACCOUNTS + 2 + 19) / 20);
    }

    @Test
    void theOrgAccountsListNeedsNoOrganizations() {
        Map<String, String> variables = variables();
        variables.put("ORG_ACCOUNTS", "210000000002,210000000001");
        variables.put("ORG_REGIONS", "eu-west-1");
        int callsBefore = organizations().listAccountsCalls();
        Map<String, Object> answer = handler(variables, new AtomicInteger()).handleRequest(Map.of("runId", "fixed",
                "runStartedAt", "2026-12-05T20:28:39.594Z"), context());
        assertThat(answer).containsEntry("source", "PARAMETER").containsEntry("accounts", 2)
                .containsEntry("shards", 2).containsEntry("excludedAccounts", 0);
        assertThat(organizations().listAccountsCalls()).isEqualTo(callsBefore);
    }

    @Test
    void organizationsRefusingTheCallerFailsTheRunSayingWhatToChange() {
        Map<String, String> variables = variables();
        // a member account's credentials: not the management account, not a delegated administrator
        variables.put("AWS_ACCESS_KEY_ID", AssumedRoleKeys.accessKeyFor(fixture.estate.accounts().get(0).accountId()));
        assertThatThrownBy(() -> handler(variables, new AtomicInteger()).handleRequest(Map.of("runId", "denied",
                "runStartedAt", "2026-12-05T20:28:39.594Z"), context()))
                .isInstanceOf(OrgPlanException.class)
                .hasMessage("Organizations refused ListAccounts (AccessDeniedException: You don't have permissions to"
                        + " access this resource.): run the stack in the organisation's management account or in a"
                        + " delegated administrator account, or list the accounts in OrgAccounts");
    }

    @Test
    void thePlanRefusesFieldsTheStateMachineNeverSends() {
        assertThatThrownBy(() -> handler(variables(), new AtomicInteger()).handleRequest(event("plan-unknown-field.json"),
                context())).isInstanceOf(InvalidPlanRequestException.class)
                .hasMessage("Unknown field(s) [items] in the plan input; expected [runId, runStartedAt]");
    }

    @Test
    void configurationNamesTheVariableThatIsWrong() {
        Map<String, String> variables = variables();
        variables.remove("ORG_REGIONS");
        assertThatThrownBy(() -> OrgPlanConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable ORG_REGIONS is required but not set (example: us-west-2,eu-west-1)");
        variables.put("ORG_REGIONS", "us-west-2,Mars");
        assertThatThrownBy(() -> OrgPlanConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable ORG_REGIONS must be comma-separated regions such as"
                        + " us-west-2,eu-west-1, got 'Mars'");
        variables.put("ORG_REGIONS", " , ");
        assertThatThrownBy(() -> OrgPlanConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable ORG_REGIONS must name at least one region (example:"
                        + " us-west-2,eu-west-1)");
        variables.put("ORG_REGIONS", "us-west-2");
        variables.put("ORG_ACCOUNTS", "210000000001,12345");
        assertThatThrownBy(() -> OrgPlanConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable ORG_ACCOUNTS must be comma-separated 12-digit account ids, got"
                        + " '12345'");
        variables.put("ORG_ACCOUNTS", "210000000001,210000000001");
        assertThatThrownBy(() -> OrgPlanConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable ORG_ACCOUNTS lists 210000000001 twice");
        variables.put("ORG_ACCOUNTS", "");
        assertThat(OrgPlanConfig.from(Environment.of(variables)).listsOrganization()).isTrue();
    }
}
