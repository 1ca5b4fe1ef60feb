package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.aggregate.AggregateRequestParser;
import com.backupsentinel.orgvalidation.aggregate.AggregationService;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.priming.CannedResponses;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the aggregator: one aggregation of a canned Map Run (every S3 read answers the same manifest,
 * naming one result file), so the manifest and result readers, the tally, the JSON, HTML and CSV renderers and the
 * uploads run once before the snapshot. The canned digest marker is found, so nothing is published.
 */
final class OrgAggregatorPriming extends HotPathPriming {

    private static final String MANIFEST = "{\"DestinationBucket\":\"priming\",\"MapRunArn\":\"arn:aws:states:"
            + "us-east-1:123456789012:mapRun:priming/ValidateShards:priming\",\"messageId\":\"priming\","
            + "\"ResultFiles\":{\"FAILED\":[],\"PENDING\":[],\"SUCCEEDED\":[{\"Key\":\"priming/SUCCEEDED_0.json\","
            + "\"Size\":1}]}}";

    private final AggregationService service;

    OrgAggregatorPriming(AggregationService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    protected CannedResponses responses() {
        return CannedResponses.defaults().with("S3:GetObject", MANIFEST);
    }

    @Override
    protected void prime() throws Exception {
        Json.mapper().writeValueAsBytes(AggregationResponse.of(service.aggregate(AggregateRequestParser.parse(Map.of(
                "resultWriterDetails", Map.of("Bucket", "priming", "Key", "priming/manifest.json"),
                "mapRunArn", "arn:aws:states:us-east-1:123456789012:mapRun:priming/ValidateShards:priming",
                "runId", "priming", "runStartedAt", "2026-01-01T00:00:00Z")))));
    }
}
