package com.backupsentinel.orgvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.orgvalidation.aggregate.InvalidAggregateRequestException;
import com.backupsentinel.orgvalidation.shard.InvalidShardRequestException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.LambdaTestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both handlers driven by the files in events/org-validator, read as the Lambda runtime reads a Map input. */
class OrgHandlersTest {

    private static final Path EVENTS = Path.of(System.getProperty("sentinel.root", "../.."), "events", "org-validator");
    private static OrgFixture fixture;

    @BeforeAll
    static void start() {
        fixture = OrgFixture.start(2, 1);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static LambdaTestContext context() {
        return new LambdaTestContext("org-validation-shard", "us-west-2", "111111111111", "request-1", 1024, () -> 900_000);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(String name) throws IOException {
        return Json.mapper().readValue(Files.readAllBytes(EVENTS.resolve(name)), Map.class);
    }

    @Test
    void theShardAnswersItsSummaryAndFlushesMetricsOnce() throws IOException {
        AtomicInteger flushed = new AtomicInteger();
        ShardWiring wiring = ShardWiring.create(fixture.environment(), fixture.clock, new RecordingMetrics());
        OrgShardHandler handler = new OrgShardHandler(wiring.service(), wiring.budget(), flushed::incrementAndGet);
        Map<String, Object> response = handler.handleRequest(event("shard-demo-account.json"), context());
        // the sample names the demo account, which this generated organisation does not have: STS refuses the role
        assertThat(response).containsEntry("accountId", "123456789012").containsEntry("status", "ERROR");
        assertThat(String.valueOf(response.get("reason"))).contains("failed: AccessDenied");
        assertThat(flushed).hasValue(1);
    }

    @Test
    void theShardRefusesAnItemItCannotRun() {
        ShardWiring wiring = ShardWiring.create(fixture.environment(), fixture.clock, new RecordingMetrics());
        OrgShardHandler handler = new OrgShardHandler(wiring.service(), wiring.budget(), () -> { });
        assertThatThrownBy(() -> handler.handleRequest(event("shard-invalid-account.json"), context()))
                .isInstanceOf(InvalidShardRequestException.class)
                .hasMessage("accountId must be a 12-digit account id, got '12345'");
    }

    @Test
    void theAggregatorRefusesFieldsTheStateMachineNeverSends() {
        AggregatorWiring wiring = AggregatorWiring.create(fixture.environment(), fixture.clock,
                new RecordingMetrics());
        OrgAggregatorHandler handler = new OrgAggregatorHandler(wiring.service(), wiring.budget(), () -> { });
        assertThatThrownBy(() -> handler.handleRequest(event("aggregator-unknown-field.json"), context()))
                .isInstanceOf(InvalidAggregateRequestException.class)
                .hasMessage("Unknown field(s) [MapRunArn] in the aggregator input; expected [mapRunArn,"
                        + " resultWriterDetails, runId, runStartedAt]");
    }

    @Test
    void configurationNamesAMissingMemberRole() {
        Map<String, String> variables = fixture.variables();
        variables.remove("MEMBER_ROLE_NAME");
        assertThatThrownBy(() -> OrgShardConfig.from(Environment.of(variables)))
                .hasMessageContaining("MEMBER_ROLE_NAME");
        variables.put("MEMBER_ROLE_NAME", "bad/name");
        assertThatThrownBy(() -> OrgShardConfig.from(Environment.of(variables)))
                .hasMessage("Environment variable MEMBER_ROLE_NAME is invalid: roleName must be 1 to 64 of A-Z a-z 0-9"
                        + " + = , . @ _ -, got 'bad/name'");
    }
}
