package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.JobKind;
import java.util.List;
import java.util.Optional;

/**
 * Details of the job outcomes control: per kind over the window, and backup jobs per day over the history
 * (a day's jobs are those created that day, in the report's time zone).
 */
public record JobOutcomes(List<KindOutcome> kinds, List<OutcomeCounts> dailyBackups) implements ControlDetails {

    public JobOutcomes {
        kinds = List.copyOf(kinds);
        dailyBackups = List.copyOf(dailyBackups);
    }

    public Optional<KindOutcome> kind(JobKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst();
    }
}
