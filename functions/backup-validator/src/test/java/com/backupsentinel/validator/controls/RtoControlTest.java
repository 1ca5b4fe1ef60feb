package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtoControlTest {

    private static ControlResult run(List<String> protectedNames, JobRecord... restores) {
        ControlEvaluation evaluation = new RtoControl().start(context());
        protectedNames.forEach(name -> evaluation.protectedResource(
                new ProtectedResourceRecord(arn("EBS", name), "EBS", name, Optional.empty())));
        for (JobRecord restore : restores) {
            evaluation.job(restore);
        }
        return evaluation.finish();
    }

    private static JobRecord testing(String id, String resource, double hoursAgo, long minutes) {
        JobRecord plain = job(JobKind.RESTORE, id, resource, "COMPLETED", hoursAgo, minutes, "");
        return new JobRecord(plain.kind(), plain.jobId(), plain.accountId(), plain.resourceArn(), plain.resourceType(),
                plain.vaultName(), plain.state(), plain.statusMessage(), "", plain.creationDate(),
                plain.completionDate(), "", "arn:aws:backup:us-west-2:123456789012:restore-testing-plan:weekly");
    }

    @Test
    void judgesOnlyTheLatestCompletedRestoreOfEachResource() {
        ControlResult result = run(List.of("vol-1", "vol-2"),
                job(JobKind.RESTORE, "old-slow", "vol-1", "COMPLETED", 200, 300, ""),
                job(JobKind.RESTORE, "new-fast", "vol-1", "COMPLETED", 20, 30, ""),
                testing("slow", "vol-2", 100, 262),
                job(JobKind.RESTORE, "failed", "vol-2", "FAILED", 10, 5, ""));

        assertThat(result.findings()).containsExactly(new Finding(ControlId.RTO, "us-west-2", "123456789012",
                arn("EBS", "vol-2"), "", "EBS", "rto_target",
                "restore testing job slow took 262.0 min (finished 2026-11-18T06:22:00Z)", "at most 240 min",
                Severity.ERROR).linked(ConsoleLinks.restoreJob("us-west-2", "slow")));
        assertThat(result.figures()).containsEntry("protectedResources", 2).containsEntry("restoredResources", 2)
                .containsEntry("restoreCompletedResources", 2).containsEntry("restoreTestingResources", 1)
                .containsEntry("neverRestoreTested", 0).containsEntry("noCompletedRestore", 0)
                .containsEntry("rtoExceeded", 1).containsEntry("slowestRestoreMinutes", 262.0);
    }

    @Test
    void listsProtectedResourcesNeverRestoredAndThoseWhoseRestoresNeverCompleted() {
        ControlResult result = run(List.of("vol-1", "vol-2", "vol-3"),
                job(JobKind.RESTORE, "r", "vol-1", "COMPLETED", 5, 20, ""),
                job(JobKind.RESTORE, "f", "vol-3", "FAILED", 30, 12, "Subnet not found"),
                job(JobKind.RESTORE, "g", "vol-3", "RUNNING", 1, -1, ""));

        assertThat(result.findings()).containsExactly(
                new Finding(ControlId.RTO, "us-west-2", "123456789012", arn("EBS", "vol-2"), "", "EBS",
                        "never_restore_tested", "no restore job", "a restore completed within 240 min",
                        Severity.WARNING),
                new Finding(ControlId.RTO, "us-west-2", "123456789012", arn("EBS", "vol-3"), "", "EBS",
                        "no_completed_restore", "no restore job completed; latest restore job g RUNNING (created"
                        + " 2026-11-22T05:00:00Z)", "a restore completed within 240 min", Severity.WARNING)
                        .linked(ConsoleLinks.restoreJob("us-west-2", "g")));
        assertThat(result.figures()).containsEntry("neverRestoreTested", 1).containsEntry("noCompletedRestore", 1)
                .containsEntry("restoredResources", 2).containsEntry("restoreCompletedResources", 1);
    }

    @Test
    void ignoresBackupAndCopyJobs() {
        ControlResult result = run(List.of(), job(JobKind.BACKUP, "b", "vol-1", "COMPLETED", 5, 500, ""));

        assertThat(result.resources()).isEmpty();
        assertThat(result.figures()).doesNotContainKey("slowestRestoreMinutes");
    }
}
