package com.backupsentinel.validator.controls;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The twelve controls, with the name users pass in {@code controls} and the data each one reads. */
public enum ControlId {
    JOB_OUTCOMES("job_outcomes", "Job outcomes", EnumSet.of(Feed.BACKUP_JOBS, Feed.COPY_JOBS, Feed.RESTORE_JOBS)),
    STUCK_JOBS("stuck_jobs", "Stuck and long-running jobs",
            EnumSet.of(Feed.PLANS, Feed.BACKUP_JOBS, Feed.COPY_JOBS, Feed.RESTORE_JOBS)),
    RECOVERY_POINT_INTEGRITY("recovery_point_integrity", "Recovery point integrity",
            EnumSet.of(Feed.VAULTS, Feed.PLANS, Feed.RECOVERY_POINTS)),
    MALWARE_SCANS("malware_scans", "Malware scans", EnumSet.of(Feed.PLANS, Feed.RECOVERY_POINTS, Feed.SCAN_JOBS)),
    RPO("rpo", "Recovery point objective", EnumSet.of(Feed.VAULTS, Feed.PROTECTED_RESOURCES, Feed.RECOVERY_POINTS)),
    RTO("rto", "Recovery time objective", EnumSet.of(Feed.PROTECTED_RESOURCES, Feed.RESTORE_JOBS,
            Feed.RECOVERY_POINTS)),
    RESTORE_TESTING("restore_testing", "Restore testing", EnumSet.of(Feed.RESTORE_TESTING_PLANS, Feed.RESTORE_JOBS,
            Feed.RECOVERY_POINTS)),
    COVERAGE("coverage", "Coverage", EnumSet.of(Feed.VAULTS, Feed.PLANS, Feed.PROTECTED_RESOURCES,
            Feed.TAGGED_RESOURCES, Feed.RECOVERY_POINTS)),
    PLAN_POLICY("plan_policy", "Backup plan policy", EnumSet.of(Feed.PLANS)),
    VAULT_PROTECTION("vault_protection", "Vault protection", EnumSet.of(Feed.VAULTS, Feed.PLANS)),
    COPIES("copies", "Cross-region copies", EnumSet.of(Feed.PLANS, Feed.COPY_JOBS)),
    /** Reads no feed: the sources of BACKUP_SOURCES, through S3, in the primary region only. */
    S3_BACKUP_SOURCES("s3_backup_sources", "S3 backup sources", EnumSet.noneOf(Feed.class));

    private final String wireName;
    private final String title;
    private final Set<Feed> feeds;

    ControlId(String wireName, String title, Set<Feed> feeds) {
        this.wireName = wireName;
        this.title = title;
        this.feeds = feeds;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    /** The inventory data this control reads. */
    public Set<Feed> feeds() {
        return EnumSet.copyOf(feeds);
    }

    public static Optional<ControlId> fromWireName(String name) {
        return Arrays.stream(values()).filter(id -> id.wireName.equals(name)).findFirst();
    }
}
