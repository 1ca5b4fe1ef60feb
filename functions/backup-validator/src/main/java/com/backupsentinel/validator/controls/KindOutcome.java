package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.JobKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The outcomes of one kind of job over the window: totals, counts per state, and three breakdowns. */
public record KindOutcome(JobKind kind, OutcomeCounts totals, Map<String, Long> byState,
                          List<OutcomeCounts> byResourceType, List<OutcomeCounts> byVault,
                          List<OutcomeCounts> byAccount) {

    public KindOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(totals, "totals");
        byState = Collections.unmodifiableMap(new TreeMap<>(byState));
        byResourceType = List.copyOf(byResourceType);
        byVault = List.copyOf(byVault);
        byAccount = List.copyOf(byAccount);
    }
}
