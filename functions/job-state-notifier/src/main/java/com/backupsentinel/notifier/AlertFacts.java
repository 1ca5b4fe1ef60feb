package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.DetailType;
import com.backupsentinel.shared.events.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an alert says: the event's own facts, with gaps filled from AWS Backup's Describe* answer, and
 * which look-up failed if one did.
 *
 * @param type       the modelled detail-type; empty for an {@code aws.backup} detail-type this project does not model
 * @param identifier job id, recovery point ARN, vault name, plan id, or the event id for other detail-types
 * @param extras     facts particular to the detail-type (destination vault, created resource, storage class, ...)
 */
record AlertFacts(EventEnvelope envelope,
                  Optional<DetailType> type,
                  Optional<String> state,
                  String identifier,
                  Optional<String> statusMessage,
                  Optional<String> messageCategory,
                  Optional<String> resourceArn,
                  Optional<String> resourceType,
                  Optional<String> resourceName,
                  Optional<String> backupVaultName,
                  Optional<String> backupVaultArn,
                  Optional<Long> backupSizeInBytes,
                  Optional<Instant> creationDate,
                  Optional<Instant> completionDate,
                  Optional<Instant> startBy,
                  Optional<Instant> expectedCompletionDate,
                  Optional<Integer> percentDone,
                  Optional<String> iamRoleArn,
                  Optional<String> backupPlanId,
                  Optional<String> backupPlanName,
                  Optional<Boolean> vaultLocked,
                  List<Fact> extras,
                  Optional<EnrichmentFailure> enrichmentFailure) {

    AlertFacts {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(messageCategory, "messageCategory");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(backupVaultArn, "backupVaultArn");
        Objects.requireNonNull(backupSizeInBytes, "backupSizeInBytes");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(startBy, "startBy");
        Objects.requireNonNull(expectedCompletionDate, "expectedCompletionDate");
        Objects.requireNonNull(percentDone, "percentDone");
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupPlanName, "backupPlanName");
        Objects.requireNonNull(vaultLocked, "vaultLocked");
        extras = List.copyOf(extras);
        Objects.requireNonNull(enrichmentFailure, "enrichmentFailure");
    }

    /** What the alert is about, for people: {@code Backup job}, or the detail-type for unmodelled events. */
    String noun() {
        return type.map(DetailType::noun).orElse(envelope.detailType());
    }

    /** These facts with one more particular fact, after the others. */
    AlertFacts withExtra(Fact fact) {
        List<Fact> more = new ArrayList<>(extras);
        more.add(fact);
        return new AlertFacts(envelope, type, state, identifier, statusMessage, messageCategory, resourceArn,
                resourceType, resourceName, backupVaultName, backupVaultArn, backupSizeInBytes, creationDate,
                completionDate, startBy, expectedCompletionDate, percentDone, iamRoleArn, backupPlanId, backupPlanName,
                vaultLocked, more, enrichmentFailure);
    }

    /** The state, or {@code STATE CHANGE} for an event that reports none. */
    String stateOrChange() {
        return state.orElse("STATE CHANGE");
    }
}
