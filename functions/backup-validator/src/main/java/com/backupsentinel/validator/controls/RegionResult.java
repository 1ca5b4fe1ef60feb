package com.backupsentinel.validator.controls;

import java.util.List;
import java.util.Objects;

/**
 * Every selected control's result for one region, what was read to get there, and the environments the region's
 * plans and vaults belong to (by their names) and its tagged resources carry.
 */
public record RegionResult(String region, List<ControlResult> controls, List<FeedStats> feeds,
                           List<String> environments) {

    public RegionResult {
        Objects.requireNonNull(region, "region");
        controls = List.copyOf(controls);
        feeds = List.copyOf(feeds);
        environments = List.copyOf(environments);
    }

    public RegionResult(String region, List<ControlResult> controls, List<FeedStats> feeds) {
        this(region, controls, feeds, List.of());
    }

    public boolean complete() {
        return controls.stream().noneMatch(c -> c.status() == ControlStatus.INCOMPLETE);
    }
}
