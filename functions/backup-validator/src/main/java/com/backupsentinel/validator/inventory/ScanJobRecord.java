package com.backupsentinel.validator.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One malware scan of a recovery point (ListScanJobs: AWS Backup with GuardDuty Malware Protection). Text fields
 * are empty strings when AWS leaves them out.
 *
 * @param state        CREATED, RUNNING, COMPLETED, COMPLETED_WITH_ISSUES, FAILED or CANCELED (ScanState)
 * @param resultStatus ScanResult.ScanResultStatus: THREATS_FOUND or NO_THREATS_FOUND; empty until the scan ends
 */
public record ScanJobRecord(String scanJobId, String accountId, String vaultName, String recoveryPointArn,
                            String resourceArn, String resourceType, String state, String resultStatus,
                            String statusMessage, String scanner, String scanMode, Instant creationDate,
                            Optional<Instant> completionDate, String backupPlanId, String backupRuleId) {

    /** ScanState of the 2018-11-15 API. */
    public static final Set<String> KNOWN_STATES = Set.of("CREATED", "RUNNING", "COMPLETED", "COMPLETED_WITH_ISSUES",
            "FAILED", "CANCELED");
    /** ScanResultStatus of the 2018-11-15 API. */
    public static final Set<String> KNOWN_RESULTS = Set.of("THREATS_FOUND", "NO_THREATS_FOUND");

    public ScanJobRecord {
        Objects.requireNonNull(scanJobId, "scanJobId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(vaultName, "vaultName");
        Objects.requireNonNull(recoveryPointArn, "recoveryPointArn");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(resultStatus, "resultStatus");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(scanMode, "scanMode");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(backupPlanId, "backupPlanId");
        Objects.requireNonNull(backupRuleId, "backupRuleId");
    }

    public boolean threatsFound() {
        return "THREATS_FOUND".equals(resultStatus);
    }
}
