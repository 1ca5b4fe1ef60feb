package com.backupsentinel.validator.controls;

import java.util.Objects;

/** What a control is told when it starts: where, over which window, with which thresholds. */
public record ControlContext(String region, boolean primaryRegion, EvaluationWindow window,
                             ControlSettings settings) {

    public ControlContext {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(settings, "settings");
    }
}
