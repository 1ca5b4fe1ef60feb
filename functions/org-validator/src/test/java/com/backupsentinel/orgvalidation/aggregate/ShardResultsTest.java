package com.backupsentinel.orgvalidation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShardResultsTest {

    private static final String INPUT = "{\"accountId\":\"210000000013\",\"accountName\":\"search-prod-2\","
            + "\"region\":\"eu-west-1\",\"runId\":\"run-1\",\"runStartedAt\":\"2026-11-22T06:30:00Z\"}";

    @Test
    void readsAShardsOwnSummary() {
        ShardResult shard = ShardResults.from(new MapItemResult("SUCCEEDED", Optional.of(INPUT), Optional.of(
                "{\"accountId\":\"210000000013\",\"accountName\":\"search-prod-2\",\"region\":\"eu-west-1\","
                        + "\"status\":\"NON_COMPLIANT\",\"reason\":\"\",\"complete\":true,\"findings\":9,"
                        + "\"nonCompliantResources\":3,\"findingsBySeverity\":{\"ERROR\":9},\"controls\":[{\"control\":"
                        + "\"rpo\",\"status\":\"NON_COMPLIANT\",\"compliantResources\":1,\"nonCompliantResources\":3,"
                        + "\"findings\":3,\"figures\":{}}],\"topFindings\":[{\"severity\":\"ERROR\"}],\"reports\":"
                        + "{\"json\":\"reports/a.json\"},\"durationMillis\":501,\"aFieldOfALaterVersion\":1}"),
                Optional.empty(), Optional.empty()));
        assertThat(shard.status()).isEqualTo("NON_COMPLIANT");
        assertThat(shard.findings()).isEqualTo(9);
        assertThat(shard.severityCount("ERROR")).isEqualTo(9);
        assertThat(shard.controls()).containsExactly(new ControlLine("rpo", "NON_COMPLIANT", 1, 3, 3));
        assertThat(shard.topFindings()).hasSize(1);
        assertThat(shard.reports()).containsEntry("json", "reports/a.json");
        assertThat(shard.durationMillis()).isEqualTo(501);
    }

    @Test
    void aShardTheCatchTookIsItsAccountsErrorWithTheLambdaErrorMessage() {
        ShardResult shard = ShardResults.from(new MapItemResult("SUCCEEDED", Optional.of(INPUT), Optional.of(
                "{\"accountId\":\"210000000013\",\"accountName\":\"search-prod-2\",\"region\":\"eu-west-1\","
                        + "\"status\":\"ERROR\",\"failure\":{\"Error\":\"java.lang.IllegalStateException\",\"Cause\":"
                        + "\"{\\\"errorMessage\\\":\\\"the report bucket refused the upload\\\",\\\"errorType\\\":"
                        + "\\\"java.lang.IllegalStateException\\\"}\"}}"), Optional.empty(), Optional.empty()));
        assertThat(shard.isError()).isTrue();
        assertThat(shard.accountId()).isEqualTo("210000000013");
        assertThat(shard.reason()).isEqualTo("shard failed after retries: java.lang.IllegalStateException:"
                + " java.lang.IllegalStateException: the report bucket refused the upload");
    }

    @Test
    void aChildExecutionThatFailedIsNamedByItsInput() {
        ShardResult shard = ShardResults.from(new MapItemResult("FAILED", Optional.of(INPUT), Optional.empty(),
                Optional.of("States.Runtime"), Optional.of("The JSONPath '$.Payload' could not be found")));
        assertThat(shard.accountId()).isEqualTo("210000000013");
        assertThat(shard.region()).isEqualTo("eu-west-1");
        assertThat(shard.reason()).isEqualTo("child execution FAILED: States.Runtime: The JSONPath '$.Payload' could"
                + " not be found");
    }

    @Test
    void anUnreadableRecordIsAnErrorNotACrash() {
        ShardResult shard = ShardResults.from(new MapItemResult("SUCCEEDED", Optional.of("not json"),
                Optional.of("[1,2]"), Optional.empty(), Optional.empty()));
        assertThat(shard.accountId()).isEqualTo("unknown");
        assertThat(shard.reason()).isEqualTo("unreadable shard result: its output is not a JSON object");
    }

    @Test
    void cutsLongReasons() {
        ShardResult shard = ShardResults.from(new MapItemResult("TIMED_OUT", Optional.of(INPUT), Optional.empty(),
                Optional.of("States.Timeout"), Optional.of("x".repeat(10_000))));
        assertThat(shard.reason()).hasSize(ShardResults.MAX_REASON + 3).endsWith("...");
    }
}
