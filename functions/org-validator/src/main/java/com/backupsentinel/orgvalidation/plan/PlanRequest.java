package com.backupsentinel.orgvalidation.plan;

import com.backupsentinel.orgvalidation.OrgRun;
import java.util.Objects;

/** What the state machine's PlanShards task asks: plan the shards of this run (its name and start time). */
public record PlanRequest(OrgRun run) {

    public PlanRequest {
        Objects.requireNonNull(run, "run");
    }
}
