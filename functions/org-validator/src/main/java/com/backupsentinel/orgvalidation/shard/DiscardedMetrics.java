package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.Map;

/**
 * Where the validator's per-run metrics go in a shard: nowhere. Two thousand shards emitting the single-account
 * run metrics (ValidationRuns, Findings per control) would make the validator's alarms fire on member accounts; the
 * org functions emit their own (OrgShards, OrgShardErrors).
 */
final class DiscardedMetrics implements MetricsRecorder {

    static final DiscardedMetrics INSTANCE = new DiscardedMetrics();

    private DiscardedMetrics() {
    }

    @Override
    public void count(String name, double value, Map<String, String> dimensions) {
        // discarded on purpose
    }

    @Override
    public void measure(String name, double value, Unit unit, Map<String, String> dimensions) {
        // discarded on purpose
    }
}
