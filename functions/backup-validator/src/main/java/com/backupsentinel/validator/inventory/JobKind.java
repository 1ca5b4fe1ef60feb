package com.backupsentinel.validator.inventory;

import java.util.Locale;
import java.util.Set;

/** The three kinds of AWS Backup job, with the states AWS Backup reports for each. */
public enum JobKind {
    BACKUP(Set.of("CREATED", "PENDING", "RUNNING", "ABORTING")),
    COPY(Set.of("CREATED", "RUNNING")),
    RESTORE(Set.of("PENDING", "RUNNING"));

    private final Set<String> activeStates;

    JobKind(Set<String> activeStates) {
        this.activeStates = activeStates;
    }

    /** States in which a job of this kind is still under way (not yet finished). */
    public boolean isActive(String state) {
        return activeStates.contains(state);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
