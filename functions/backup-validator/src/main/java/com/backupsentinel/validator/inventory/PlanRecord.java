package com.backupsentinel.validator.inventory;

import java.util.List;
import java.util.Objects;

/** A backup plan with its rules and resource selections. */
public record PlanRecord(String id, String name, String arn, List<RuleRecord> rules, List<SelectionRecord> selections) {

    public PlanRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        rules = List.copyOf(rules);
        selections = List.copyOf(selections);
    }
}
