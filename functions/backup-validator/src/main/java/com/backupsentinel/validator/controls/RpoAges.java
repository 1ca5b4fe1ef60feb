package com.backupsentinel.validator.controls;

import java.util.List;

/** Details of the RPO control: every protected resource's recovery point age, oldest first. */
public record RpoAges(int targetHours, List<RpoAge> resources) implements ControlDetails {

    public RpoAges {
        resources = List.copyOf(resources);
    }
}
