package com.backupsentinel.validator.inventory;

import java.util.Locale;
import java.util.Set;

/**
 * The three kinds of AWS Backup job, with the states AWS Backup documents for each (BackupJobState, CopyJobState,
 * RestoreJobStatus of the 2018-11-15 API). A state outside them is one AWS added since: the controls treat it as
 * failed and say so in a finding of its own.
 */
public enum JobKind {
    BACKUP(Set.of("CREATED", "PENDING", "RUNNING", "ABORTING"),
            Set.of("ABORTED", "COMPLETED", "FAILED", "EXPIRED", "PARTIAL")),
    COPY(Set.of("CREATED", "RUNNING"), Set.of("COMPLETED", "FAILED", "PARTIAL")),
    RESTORE(Set.of("PENDING", "RUNNING"), Set.of("COMPLETED", "ABORTED", "FAILED"));

    private final Set<String> activeStates;
    private final Set<String> finalStates;

    JobKind(Set<String> activeStates, Set<String> finalStates) {
        this.activeStates = activeStates;
        this.finalStates = finalStates;
    }

    /** States in which a job of this kind is still under way (not yet finished). */
    public boolean isActive(String state) {
        return activeStates.contains(state);
    }

    /** A state AWS Backup documents for this kind. */
    public boolean isKnown(String state) {
        return activeStates.contains(state) || finalStates.contains(state);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
