package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * How loud an alert is and what happened, in a few words ({@code FAILED}, {@code COMPLETED with issues},
 * {@code lock removed}).
 *
 * @param benignPattern the BENIGN_STATUS_PATTERNS entry that downgraded a WARNING to INFO, if one did
 */
record Classification(Severity severity, String condition, Optional<String> benignPattern) {

    Classification {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(benignPattern, "benignPattern");
    }

    static Classification of(Severity severity, String condition) {
        return new Classification(severity, condition, Optional.empty());
    }
}
