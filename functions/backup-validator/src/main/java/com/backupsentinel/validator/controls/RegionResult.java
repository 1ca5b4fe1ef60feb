package com.backupsentinel.validator.controls;

import java.util.List;
import java.util.Objects;

/** Every selected control's result for one region, and what was read to get there. */
public record RegionResult(String region, List<ControlResult> controls, List<FeedStats> feeds) {

    public RegionResult {
        Objects.requireNonNull(region, "region");
        controls = List.copyOf(controls);
        feeds = List.copyOf(feeds);
    }

    public boolean complete() {
        return controls.stream().noneMatch(c -> c.status() == ControlStatus.INCOMPLETE);
    }
}
