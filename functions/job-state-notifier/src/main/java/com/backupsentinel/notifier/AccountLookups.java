package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.EventEnvelope;
import java.util.Objects;
import java.util.Optional;

/**
 * What the alert of an event may look up about the account the event came from: AWS Backup's description of its
 * job, recovery point or plan ({@link BackupLookup}, in that account and region), and the account's alias for
 * people. Events of the function's own account use its own AWS Backup client and need no alias; events a member
 * account forwarded go through the member's read-only role ({@link MemberAccountLookups}).
 */
interface AccountLookups {

    BackupLookup backup(EventEnvelope envelope);

    /** The account's IAM alias, when it has one and it can be read; empty for the function's own account. */
    Optional<String> accountAlias(EventEnvelope envelope);

    /** Every event looked up with {@code lookup}, no alias: a stack without org-wide alerts. */
    static AccountLookups home(BackupLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return new AccountLookups() {
            @Override
            public BackupLookup backup(EventEnvelope envelope) {
                return lookup;
            }

            @Override
            public Optional<String> accountAlias(EventEnvelope envelope) {
                return Optional.empty();
            }
        };
    }
}
