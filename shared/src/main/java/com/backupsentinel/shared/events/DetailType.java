package com.backupsentinel.shared.events;

import java.util.Optional;

/** The AWS Backup EventBridge detail-types this project understands, by their wire names. */
public enum DetailType {
    BACKUP_JOB("Backup Job State Change", "Backup job"),
    COPY_JOB("Copy Job State Change", "Copy job"),
    RESTORE_JOB("Restore Job State Change", "Restore job"),
    RECOVERY_POINT("Recovery Point State Change", "Recovery point"),
    BACKUP_VAULT("Backup Vault State Change", "Backup vault"),
    BACKUP_PLAN("Backup Plan State Change", "Backup plan");

    private final String wireName;
    private final String noun;

    DetailType(String wireName, String noun) {
        this.wireName = wireName;
        this.noun = noun;
    }

    /** The {@code detail-type} as EventBridge spells it, e.g. {@code Backup Job State Change}. */
    public String wireName() {
        return wireName;
    }

    /** What the event is about, for people: {@code Backup job}, {@code Recovery point}. */
    public String noun() {
        return noun;
    }

    /** The known detail-type with this exact wire name, if any. */
    public static Optional<DetailType> fromWireName(String wireName) {
        for (DetailType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
