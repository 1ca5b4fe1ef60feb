package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.BackupFacts;
import com.backupsentinel.shared.events.BackupVaultStateChange;
import com.backupsentinel.shared.events.DetailType;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The severity table (docs/job-state-notifier.md):
 * <ul>
 *   <li>ERROR: a job FAILED or EXPIRED, a backup job ABORTED, a vault DELETED or its lock removed, a plan
 *       DELETED;</li>
 *   <li>WARNING: a job COMPLETED with issues (a status message, or a message category other than SUCCESS), a job
 *       or recovery point PARTIAL, a recovery point EXPIRED or STOPPED;</li>
 *   <li>INFO: everything else, including every detail-type this project does not model.</li>
 * </ul>
 * A WARNING whose status message or message category matches a benign pattern becomes INFO.
 */
final class SeverityPolicy {

    static final String WITH_ISSUES = "COMPLETED with issues";
    static final String LOCK_REMOVED = "lock removed";

    private final BenignPatterns benign;

    SeverityPolicy(BenignPatterns benign) {
        this.benign = Objects.requireNonNull(benign, "benign");
    }

    Classification classify(AlertFacts facts) {
        String state = facts.state().orElse("");
        Optional<DetailType> type = facts.type();
        if (type.isEmpty()) {
            return Classification.of(Severity.INFO, facts.stateOrChange());
        }
        Classification raw = rawClassification(type.get(), state, facts.statusMessage(), facts.messageCategory(),
                facts.vaultLocked(), false);
        if (raw.severity() != Severity.WARNING) {
            return raw;
        }
        Optional<String> match = facts.statusMessage().flatMap(benign::firstMatch)
                .or(() -> facts.messageCategory().flatMap(benign::firstMatch));
        return match.map(glob -> new Classification(Severity.INFO, raw.condition(), Optional.of(glob))).orElse(raw);
    }

    /**
     * The loudest this event could become once enriched: a COMPLETED job whose event says nothing of its status
     * may turn out to have completed with issues. Lets the service skip look-ups for events below the level.
     */
    Severity ceiling(AwsBackupEvent event) {
        Optional<DetailType> type = event.detail().type();
        if (type.isEmpty()) {
            return Severity.INFO;
        }
        String state = event.detail().state().orElse("");
        Optional<BackupFacts> facts = Enricher.factsOf(event.detail());
        Optional<Boolean> locked = event.detail() instanceof BackupVaultStateChange vault
                ? vault.locked() : Optional.empty();
        return rawClassification(type.get(), state, facts.flatMap(BackupFacts::statusMessage),
                facts.flatMap(BackupFacts::messageCategory), locked, true).severity();
    }

    private static Classification rawClassification(DetailType type, String state, Optional<String> statusMessage,
                                                     Optional<String> messageCategory, Optional<Boolean> locked,
                                                     boolean unknownCategoryMayBeAnIssue) {
        switch (type) {
            case BACKUP_VAULT:
                if (state.equals("DELETED")) {
                    return Classification.of(Severity.ERROR, state);
                }
                if (state.equals("MODIFIED") && locked.equals(Optional.of(false))) {
                    return Classification.of(Severity.ERROR, LOCK_REMOVED);
                }
                return Classification.of(Severity.INFO, state);
            case BACKUP_PLAN:
                return Classification.of(state.equals("DELETED") ? Severity.ERROR : Severity.INFO, state);
            case RECOVERY_POINT:
                if (state.equals("FAILED")) {
                    return Classification.of(Severity.ERROR, state);
                }
                if (state.equals("EXPIRED") || state.equals("STOPPED") || state.equals("PARTIAL")) {
                    return Classification.of(Severity.WARNING, state);
                }
                return Classification.of(Severity.INFO, state);
            default:
                return job(type, state, statusMessage, messageCategory, unknownCategoryMayBeAnIssue);
        }
    }

    private static Classification job(DetailType type, String state, Optional<String> statusMessage,
                                      Optional<String> messageCategory, boolean unknownCategoryMayBeAnIssue) {
        if (state.equals("FAILED") || state.equals("EXPIRED")
                || (state.equals("ABORTED") && type == DetailType.BACKUP_JOB)) {
            return Classification.of(Severity.ERROR, state);
        }
        if (state.equals("PARTIAL")) {
            return Classification.of(Severity.WARNING, state);
        }
        if (state.equals("COMPLETED")) {
            boolean hasMessage = statusMessage.filter(message -> !message.isBlank()).isPresent();
            boolean badCategory = messageCategory
                    .filter(category -> !category.toUpperCase(Locale.ROOT).equals("SUCCESS")).isPresent();
            boolean unknown = unknownCategoryMayBeAnIssue && messageCategory.isEmpty();
            if (hasMessage || badCategory || unknown) {
                return Classification.of(Severity.WARNING, WITH_ISSUES);
            }
        }
        return Classification.of(Severity.INFO, state);
    }
}
