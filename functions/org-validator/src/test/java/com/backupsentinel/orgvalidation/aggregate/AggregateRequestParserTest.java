package com.backupsentinel.orgvalidation.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateRequestParserTest {

    private static Map<String, Object> input() {
        Map<String, Object> input = new HashMap<>();
        input.put("resultWriterDetails", Map.of("Bucket", "reports", "Key",
                "reports/org-validation/map-runs/4d99/manifest.json"));
        input.put("mapRunArn", "arn:aws:states:us-east-1:123456789012:mapRun:org/ValidateShards:4d99");
        input.put("runId", "run-1");
        input.put("runStartedAt", "2026-11-22T06:30:00Z");
        return input;
    }

    @Test
    void readsWhatTheAggregateTaskSends() {
        AggregateRequest request = AggregateRequestParser.parse(input());
        assertThat(request.bucket()).isEqualTo("reports");
        assertThat(request.manifestKey()).isEqualTo("reports/org-validation/map-runs/4d99/manifest.json");
        assertThat(request.run().folder()).isEqualTo("reports/org-validation/2026/11/22/run-1/");
    }

    @Test
    void refusesAKeyThatIsNotTheManifest() {
        Map<String, Object> input = input();
        input.put("resultWriterDetails", Map.of("Bucket", "reports", "Key", "reports/x/SUCCEEDED_0.json"));
        assertThatThrownBy(() -> AggregateRequestParser.parse(input))
                .isInstanceOf(InvalidAggregateRequestException.class)
                .hasMessage("resultWriterDetails.Key must name the ResultWriter's manifest.json, got"
                        + " 'reports/x/SUCCEEDED_0.json'");
    }

    @Test
    void refusesAnInputWithoutTheResultWriterDetails() {
        Map<String, Object> input = input();
        input.remove("resultWriterDetails");
        assertThatThrownBy(() -> AggregateRequestParser.parse(input))
                .hasMessage("resultWriterDetails is required: the Map state's ResultWriterDetails ({\"Bucket\", \"Key\"}"
                        + " of its manifest.json)");
    }

    @Test
    void refusesUnknownFields() {
        Map<String, Object> input = input();
        input.put("MapRunArn", "x");
        assertThatThrownBy(() -> AggregateRequestParser.parse(input))
                .hasMessage("Unknown field(s) [MapRunArn] in the aggregator input; expected [mapRunArn,"
                        + " resultWriterDetails, runId, runStartedAt]");
    }
}
