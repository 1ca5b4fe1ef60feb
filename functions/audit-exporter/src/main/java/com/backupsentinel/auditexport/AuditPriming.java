package com.backupsentinel.auditexport;

import com.backupsentinel.audit.AuditExportService;
import com.backupsentinel.audit.AuditPurgeService;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Objects;
import java.util.Optional;

/**
 * SnapStart priming of the audit exporter: the export and the purge over an empty audit table (DynamoDB queries
 * answered empty), so both paths and their DynamoDB marshalling run once before the snapshot.
 */
final class AuditPriming extends HotPathPriming {

    private final AuditExportService exports;
    private final AuditPurgeService purges;

    AuditPriming(AuditExportService exports, AuditPurgeService purges) {
        this.exports = Objects.requireNonNull(exports, "exports");
        this.purges = Objects.requireNonNull(purges, "purges");
    }

    @Override
    protected void prime() {
        exports.exportClosedDays(Optional.empty());
        purges.purge();
    }
}
