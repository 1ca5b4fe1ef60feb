package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.BackupEventDetail;
import com.backupsentinel.shared.events.BackupJobStateChange;
import com.backupsentinel.shared.events.BackupPlanStateChange;
import com.backupsentinel.shared.events.BackupVaultStateChange;
import com.backupsentinel.shared.events.CopyJobStateChange;
import com.backupsentinel.shared.events.EventEnvelope;
import com.backupsentinel.shared.events.RecoveryPointStateChange;
import com.backupsentinel.shared.events.RestoreJobStateChange;

/**
 * The key under which an alert is published at most once. Jobs and recovery points: one alert per (account, id,
 * state), whichever event carries it, so a redelivered event (same id, same content) and a second event for the same
 * job and state are both duplicates, and events forwarded by different member accounts never are. Vault and plan
 * changes can legitimately repeat, so their keys include the event id (plans also the version): only a redelivery of
 * the same event is a duplicate. Other detail-types are keyed by event id.
 */
final class DedupKeys {

    private DedupKeys() {
    }

    static String keyFor(AwsBackupEvent event) {
        BackupEventDetail detail = event.detail();
        EventEnvelope envelope = event.envelope();
        if (detail instanceof BackupJobStateChange job) {
            return join("backup-job", envelope.account(), job.backupJobId(), job.facts().state());
        }
        if (detail instanceof CopyJobStateChange copy) {
            return join("copy-job", envelope.account(), copy.copyJobId(), copy.facts().state());
        }
        if (detail instanceof RestoreJobStateChange restore) {
            return join("restore-job", envelope.account(), restore.restoreJobId(), restore.facts().state());
        }
        if (detail instanceof RecoveryPointStateChange point) {
            return join("recovery-point", envelope.account(), point.recoveryPointArn(), point.facts().state());
        }
        if (detail instanceof BackupVaultStateChange vault) {
            return join("backup-vault", envelope.account(), envelope.region(), vault.backupVaultName(),
                    vault.vaultState(), envelope.id());
        }
        if (detail instanceof BackupPlanStateChange plan) {
            return join("backup-plan", envelope.account(), envelope.region(), plan.backupPlanId(), plan.planState(),
                    plan.versionId().orElse("-"), envelope.id());
        }
        return join("event", envelope.account(), envelope.id());
    }

    private static String join(String... parts) {
        return String.join("#", parts);
    }
}
