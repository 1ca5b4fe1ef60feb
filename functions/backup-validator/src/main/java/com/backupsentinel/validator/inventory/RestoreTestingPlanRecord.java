package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A restore testing plan (ListRestoreTestingPlans) with the protected resource types its selections test
 * (ListRestoreTestingSelections).
 *
 * @param lastExecution when AWS Backup last ran it; empty when it never ran
 */
public record RestoreTestingPlanRecord(String name, String arn, String scheduleExpression,
                                       Optional<Instant> lastExecution, List<String> selectionResourceTypes) {

    public RestoreTestingPlanRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(lastExecution, "lastExecution");
        selectionResourceTypes = List.copyOf(selectionResourceTypes);
    }
}
