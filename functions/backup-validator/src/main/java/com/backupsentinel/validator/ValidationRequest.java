package com.backupsentinel.validator;

import com.backupsentinel.validator.controls.ControlId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One validation run as asked for: by the daily schedule or by a direct invoke.
 *
 * @param lookbackHours empty = the configured LOOKBACK_HOURS
 * @param accounts      job listings to make: empty = this account; {@code ["*"]} = every account of the
 *                      organisation; or 12-digit account ids
 * @param regions       empty = the configured REGIONS
 * @param controls      the controls to run; every control when the request named none
 */
public record ValidationRequest(Trigger trigger, boolean sendFullReport, OptionalInt lookbackHours,
                                List<String> accounts, List<String> regions, Set<ControlId> controls) {

    /** What started the run. */
    public enum Trigger {
        SCHEDULE,
        DIRECT
    }

    public ValidationRequest {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(lookbackHours, "lookbackHours");
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        controls = Set.copyOf(controls);
        if (controls.isEmpty()) {
            throw new IllegalArgumentException("a request runs at least one control");
        }
    }

    /** What the daily schedule asks for: every control, defaults everywhere, summary only. */
    public static ValidationRequest scheduled() {
        return new ValidationRequest(Trigger.SCHEDULE, false, OptionalInt.empty(), List.of(), List.of(),
                Set.of(ControlId.values()));
    }
}
