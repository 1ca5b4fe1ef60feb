package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a recovery point says beyond its status: the plan and rule that made it (CreatedBy; empty for on-demand
 * backups), its size, and AWS Backup's aggregated malware scan result (empty {@code scannedAt} = never scanned).
 *
 * @param scanFindings AggregatedScanResult.Findings, e.g. MALWARE
 */
public record PointDetails(String backupPlanId, String backupRuleId, long sizeBytes, Optional<Instant> scannedAt,
                           boolean scanFailed, List<String> scanFindings) {

    public static final PointDetails NONE = new PointDetails("", "", 0, Optional.empty(), false, List.of());

    public PointDetails {
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupRuleId, "backupRuleId");
        Objects.requireNonNull(scannedAt, "scannedAt");
        scanFindings = List.copyOf(scanFindings);
    }
}
