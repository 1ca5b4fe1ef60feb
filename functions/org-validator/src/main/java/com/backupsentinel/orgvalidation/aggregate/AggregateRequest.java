package com.backupsentinel.orgvalidation.aggregate;

import com.backupsentinel.orgvalidation.OrgRun;
import java.util.Objects;

/**
 * What the state machine hands the aggregator after the Map: where the ResultWriter's manifest is (its
 * {@code ResultWriterDetails}), the Map Run, and the run (execution name and start time).
 */
public record AggregateRequest(String bucket, String manifestKey, String mapRunArn, OrgRun run) {

    public AggregateRequest {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(manifestKey, "manifestKey");
        Objects.requireNonNull(mapRunArn, "mapRunArn");
        Objects.requireNonNull(run, "run");
    }
}
