package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowKind;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ListBackupJobs, ListCopyJobs, ListRestoreJobs and the matching Describe* operations. */
final class JobOperations {

    private JobOperations() {
    }

    static Reply listBackupJobs(BackupRequest request) {
        RowKind kind = RowKind.BACKUP_JOB;
        return Reply.rows("BackupJobs", request.region().jobs(kind).page(RowFilters.jobs(request, kind, RowFilters.BACKUP_JOBS)));
    }

    static Reply listCopyJobs(BackupRequest request) {
        RowKind kind = RowKind.COPY_JOB;
        return Reply.rows("CopyJobs", request.region().jobs(kind).page(RowFilters.jobs(request, kind, RowFilters.COPY_JOBS)));
    }

    static Reply listRestoreJobs(BackupRequest request) {
        RowKind kind = RowKind.RESTORE_JOB;
        return Reply.rows("RestoreJobs",
                request.region().jobs(kind).page(RowFilters.jobs(request, kind, RowFilters.RESTORE_JOBS)));
    }

    static Reply describeBackupJob(BackupRequest request) {
        return Reply.json(job(request, RowKind.BACKUP_JOB, "backupJobId", "Backup job").tree());
    }

    static Reply describeCopyJob(BackupRequest request) {
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        response.set("CopyJob", job(request, RowKind.COPY_JOB, "copyJobId", "Copy job").tree());
        return Reply.json(response);
    }

    static Reply describeRestoreJob(BackupRequest request) {
        return Reply.json(job(request, RowKind.RESTORE_JOB, "restoreJobId", "Restore job").tree());
    }

    private static Row job(BackupRequest request, RowKind kind, String label, String what) {
        String id = request.label(label);
        return request.region().jobs(kind).find(id)
                .orElseThrow(() -> BackupError.notFound(what + " " + id + " does not exist in " + request.regionName()));
    }
}
