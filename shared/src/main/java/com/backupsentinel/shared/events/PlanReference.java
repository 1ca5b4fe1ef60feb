package com.backupsentinel.shared.events;

import java.util.Objects;
import java.util.Optional;

/** The backup plan and rule that created a job or recovery point ({@code detail.createdBy}). */
public record PlanReference(String backupPlanId, Optional<String> backupPlanArn, Optional<String> backupPlanVersion,
                            Optional<String> backupRuleId) {

    public PlanReference {
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupPlanArn, "backupPlanArn");
        Objects.requireNonNull(backupPlanVersion, "backupPlanVersion");
        Objects.requireNonNull(backupRuleId, "backupRuleId");
    }
}
