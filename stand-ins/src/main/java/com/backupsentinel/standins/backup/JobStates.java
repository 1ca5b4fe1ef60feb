package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.RowKind;
import java.util.List;
import java.util.Set;

/** The states each job kind can be in, as enumerated by the service model. */
final class JobStates {

    static final List<String> BACKUP = List.of("CREATED", "PENDING", "RUNNING", "ABORTING", "ABORTED", "COMPLETED",
            "FAILED", "EXPIRED", "PARTIAL");
    static final List<String> COPY = List.of("CREATED", "RUNNING", "COMPLETED", "FAILED", "PARTIAL");
    static final List<String> RESTORE = List.of("PENDING", "RUNNING", "COMPLETED", "ABORTED", "FAILED");
    static final List<String> SCAN = List.of("CANCELED", "COMPLETED", "COMPLETED_WITH_ISSUES", "CREATED", "FAILED",
            "RUNNING");
    static final Set<String> TERMINAL = Set.of("ABORTED", "COMPLETED", "FAILED", "EXPIRED", "PARTIAL");
    static final Set<String> STOPPABLE = Set.of("CREATED", "PENDING", "RUNNING");

    private JobStates() {
    }

    static List<String> of(RowKind kind) {
        return switch (kind) {
            case BACKUP_JOB -> BACKUP;
            case COPY_JOB -> COPY;
            case RESTORE_JOB -> RESTORE;
            case SCAN_JOB -> SCAN;
            default -> throw new IllegalArgumentException(kind + " has no job states");
        };
    }

    /** 400 unless {@code state} is one of {@code kind}'s states. */
    static String require(RowKind kind, String param, String state) {
        if (!of(kind).contains(state)) {
            throw BackupError.invalidValue("1 validation error detected: Value '" + state + "' at '" + param
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + of(kind));
        }
        return state;
    }
}
