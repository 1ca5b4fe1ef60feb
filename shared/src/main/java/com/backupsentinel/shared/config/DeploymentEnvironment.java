package com.backupsentinel.shared.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The seed's three environments and the defaults it gives each (backup module, "Environment-Specific Defaults"
 * and "Multi-Environment Setup"): daily schedule, retention, cold storage, cross-region copies, vault lock and
 * notification level.
 */
public enum DeploymentEnvironment {
    DEVELOPMENT("cron(0 3 * * ? *)", 7, null, false, false, NotificationLevel.ERRORS_ONLY),
    STAGING("cron(0 2 * * ? *)", 30, 7, true, false, NotificationLevel.WARNINGS_AND_ERRORS),
    PRODUCTION("cron(0 1 * * ? *)", 90, 30, true, true, NotificationLevel.ALL);

    /** The name of the variable that carries the environment to every function. */
    public static final String VARIABLE = "ENVIRONMENT";

    private final String dailyBackupSchedule;
    private final int retentionDays;
    private final Integer coldStorageAfterDays;
    private final boolean crossRegionCopies;
    private final boolean vaultLock;
    private final NotificationLevel notificationLevel;

    DeploymentEnvironment(String dailyBackupSchedule, int retentionDays, Integer coldStorageAfterDays,
                          boolean crossRegionCopies, boolean vaultLock, NotificationLevel notificationLevel) {
        this.dailyBackupSchedule = dailyBackupSchedule;
        this.retentionDays = retentionDays;
        this.coldStorageAfterDays = coldStorageAfterDays;
        this.crossRegionCopies = crossRegionCopies;
        this.vaultLock = vaultLock;
        this.notificationLevel = notificationLevel;
    }

    /** Reads {@value #VARIABLE}, which must be set. */
    public static DeploymentEnvironment from(ConfigReader reader) {
        return reader.requiredChoice(VARIABLE, DeploymentEnvironment.class, DeploymentEnvironment::wireName);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dailyBackupSchedule() {
        return dailyBackupSchedule;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Optional<Integer> coldStorageAfterDays() {
        return Optional.ofNullable(coldStorageAfterDays);
    }

    public boolean crossRegionCopies() {
        return crossRegionCopies;
    }

    public boolean vaultLock() {
        return vaultLock;
    }

    public NotificationLevel notificationLevel() {
        return notificationLevel;
    }
}
