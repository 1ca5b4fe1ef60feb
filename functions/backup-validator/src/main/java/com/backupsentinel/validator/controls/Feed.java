package com.backupsentinel.validator.controls;

/** A stream of inventory data, read once per region and handed to every control that needs it, in this order. */
public enum Feed {
    VAULTS,
    PLANS,
    PROTECTED_RESOURCES,
    TAGGED_RESOURCES,
    RECOVERY_POINTS,
    BACKUP_JOBS,
    COPY_JOBS,
    RESTORE_JOBS
}
