package com.backupsentinel.standins.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The deliberate problems in the demo history, by resource name and day of November 2026; everything else succeeds. */
final class Scenarios {

    private static final String STOPPED = "DB instance arrakis-reporting-production is stopped; AWS Backup cannot take a "
            + "snapshot of a stopped DB instance.";
    private static final String START_WINDOW = "Backup job failed to start within the start window: the table was being "
            + "restored from another backup.";

    private final Map<String, Outcome> outcomes = new HashMap<>();

    Scenarios() {
        put("arrakis-billing-production", 22, Outcome.failed("Insufficient privileges to perform this action: the backup "
                + "role is not allowed to call rds:AddTagsToResource on arrakis-billing-production.", "AccessDenied"));
        put("arrakis-user-production", 15, Outcome.failed("DB instance arrakis-user-production is not in a valid state "
                + "for a snapshot (current state: modifying).", "InvalidParameters"));
        for (int day = 19; day <= 22; day++) {
            put("arrakis-reporting-production", day, Outcome.failed(STOPPED, "InvalidParameters"));
            put("arrakis-audit-staging", day, new Outcome("EXPIRED", START_WINDOW, null));
        }
        put("arrakis-exports-production", 12, new Outcome("EXPIRED", "Backup job failed to start within the start window.",
                null));
        put("arrakis-exports-production", 20, new Outcome("PARTIAL", "Backup completed partially: 37 objects could not be "
                + "read because their KMS key is disabled.", "PartialBackup"));
        put("arrakis-production-elasticsearch-2", 14, new Outcome("ABORTED", "Backup job was stopped by user.", null));
        put("arrakis-production-elasticsearch-2", 22, new Outcome("ABORTED", "Backup job was stopped by user.", null));
        put("arrakis-production-cassandra-0", 22, Outcome.withIssues("Snapshot completed, but the volume was not quiesced: "
                + "application consistency is not guaranteed.", "ResourceBusy"));
        put("arrakis-shared-production", 13, Outcome.withIssues("Backup completed with issues: 12 files changed during the "
                + "backup and were skipped.", "ResourceBusy"));
        put("arrakis-shared-staging", 18, Outcome.failed("Access denied to KMS key used by file system "
                + "arrakis-shared-staging.", "AccessDenied"));
        put("arrakis-shared-staging", 22, new Outcome("RUNNING", null, null));
        put("arrakis-staging-kafka-1", 22, Outcome.failed("The maximum number of pending snapshots for the volume has "
                + "been reached.", "LimitExceeded"));
        put("arrakis-media-production", 20, new Outcome("RUNNING", null, null));
        put("arrakis-media-production", 21, Outcome.SKIP);
        put("arrakis-media-production", 22, Outcome.SKIP);
        put("arrakis-billing-staging", 21, new Outcome("RUNNING", null, null));
        put("arrakis-billing-staging", 22, Outcome.SKIP);
    }

    Outcome of(Demo.Resource resource, LocalDate day) {
        return outcomes.getOrDefault(resource.name() + "|" + day.getDayOfMonth(), Outcome.SUCCESS);
    }

    /** A copy job's outcome, by resource name and day. */
    static Outcome copyOf(Demo.Resource resource, LocalDate day) {
        String key = resource.name() + "|" + day.getDayOfMonth();
        return switch (key) {
            case "arrakis-oms-production|19", "arrakis-production-kafka-0|22" -> Outcome.failed("Copy job failed: the "
                    + "destination vault's KMS key policy does not allow the backup role to use the key.", "AccessDenied");
            case "arrakis-assets-production|22" -> new Outcome("RUNNING", null, null);
            default -> Outcome.SUCCESS;
        };
    }

    private void put(String name, int day, Outcome outcome) {
        outcomes.put(name + "|" + day, outcome);
    }
}
