package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DedupKeysTest {

    @Test
    void keysJobsByAccountJobIdAndStateWhateverTheEvent() {
        assertThat(DedupKeys.keyFor(TestEvents.backupJob("e-1", "job-1", "FAILED", "")))
                .isEqualTo(DedupKeys.keyFor(TestEvents.backupJob("e-2", "job-1", "FAILED", "")))
                .isEqualTo("backup-job#111122223333#job-1#FAILED");
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("copy-job-failed.json")))
                .isEqualTo("copy-job#123456789012#A73C99C9-F170-461B-9706-B4FDB18FC100#FAILED");
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("restore-job-failed.json")))
                .isEqualTo("restore-job#123456789012#0331C80A-697A-4949-8E06-D10B32A38C6F#FAILED");
    }

    @Test
    void keysRecoveryPointsByAccountArnAndStatus() {
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("recovery-point-expired.json"))).isEqualTo(
                "recovery-point#123456789012#arn:aws:backup:us-west-2:123456789012:recovery-point:"
                        + "0274FB13-3406-492D-8830-0D2C6F154F28#EXPIRED");
    }

    @Test
    void keysVaultPlanAndOtherChangesByEventSoRepeatedChangesAllAlert() {
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("backup-vault-lock-removed.json"))).isEqualTo(
                "backup-vault#123456789012#us-west-2#arrakis-backup-vault-production#MODIFIED#"
                        + "b2f9d72a-ee17-d98d-7939-c9333dd84319");
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("backup-plan-deleted.json"))).isEqualTo(
                "backup-plan#123456789012#us-west-2#24c4824f-131b-41a9-8995-e8e494e2a784#DELETED#"
                        + "NDM1M2NiNzktMTI0Zi00Mjg4LWEzYmItYTZjNTQyZTEyZWY1#ae1cb0b1-8038-b0ad-8032-84109cb9bc42");
        assertThat(DedupKeys.keyFor(TestEvents.functionEvent("unknown-detail-type.json")))
                .isEqualTo("event#123456789012#3a587d49-65db-8c58-3d12-62fa7b17e522");
    }
}
