package com.backupsentinel.orgvalidation.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardRequestParserTest {

    private static Map<String, Object> item() {
        Map<String, Object> item = new HashMap<>();
        item.put("accountId", "210000000001");
        item.put("accountName", "payments-prod");
        item.put("region", "eu-west-1");
        item.put("runId", "run-2026-11-22");
        item.put("runStartedAt", "2026-11-22T06:30:00.123Z");
        return item;
    }

    @Test
    void readsTheItemTheItemSelectorBuilds() {
        ShardRequest request = ShardRequestParser.parse(item());
        assertThat(request.accountId()).isEqualTo("210000000001");
        assertThat(request.accountName()).isEqualTo("payments-prod");
        assertThat(request.region()).isEqualTo("eu-west-1");
        assertThat(request.run().runId()).isEqualTo("run-2026-11-22");
        assertThat(request.run().startedAt()).isEqualTo(Instant.parse("2026-11-22T06:30:00.123Z"));
        assertThat(request.run().shardFolder("210000000001", "eu-west-1"))
                .isEqualTo("reports/org-validation/2026/11/22/run-2026-11-22/shards/210000000001/eu-west-1/");
    }

    @Test
    void anAccountListFromTheParameterHasNoNames() {
        Map<String, Object> item = item();
        item.remove("accountName");
        assertThat(ShardRequestParser.parse(item).accountName()).isEmpty();
    }

    @Test
    void refusesFieldsTheItemSelectorNeverSends() {
        Map<String, Object> item = item();
        item.put("roleArn", "arn:aws:iam::999999999999:role/admin");
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .isInstanceOf(InvalidShardRequestException.class)
                .hasMessage("Unknown field(s) [roleArn] in the shard input; expected [accountId, accountName, region,"
                        + " runId, runStartedAt]");
    }

    @Test
    void refusesAnAccountThatIsNotTwelveDigits() {
        Map<String, Object> item = item();
        item.put("accountId", "12345");
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .hasMessage("accountId must be a 12-digit account id, got '12345'");
    }

    @Test
    void refusesARegionThatIsNotOne() {
        Map<String, Object> item = item();
        item.put("region", "../../etc");
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .hasMessage("region must be a region such as us-west-2, got '../../etc'");
    }

    @Test
    void refusesARunIdThatIsNotAnExecutionName() {
        Map<String, Object> item = item();
        item.put("runId", "a/b");
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .hasMessage("runId must be 1 to 80 letters, digits, '-' or '_' (a Step Functions execution name), got"
                        + " 'a/b'");
    }

    @Test
    void refusesAStartTimeThatIsNotOne() {
        Map<String, Object> item = item();
        item.put("runStartedAt", "yesterday");
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .hasMessage("runStartedAt must be an ISO-8601 time such as 2026-11-22T06:30:00.123Z"
                        + " ($$.Execution.StartTime), got 'yesterday'");
    }

    @Test
    void refusesAMissingFieldAndAFieldOfTheWrongType() {
        Map<String, Object> item = item();
        item.remove("region");
        assertThatThrownBy(() -> ShardRequestParser.parse(item)).hasMessage("region is required in the shard input");
        Map<String, Object> typed = item();
        typed.put("accountId", 210000000001L);
        assertThatThrownBy(() -> ShardRequestParser.parse(typed)).hasMessage("accountId must be a string, got Long");
    }

    @Test
    void quotesAtMostEightyCharactersOfWhatItRefuses() {
        Map<String, Object> item = item();
        item.put("accountId", "9".repeat(5000));
        assertThatThrownBy(() -> ShardRequestParser.parse(item))
                .hasMessage("accountId must be a 12-digit account id, got '" + "9".repeat(80) + "...'");
    }
}
