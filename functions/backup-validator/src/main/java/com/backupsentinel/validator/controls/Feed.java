package com.backupsentinel.validator.controls;

/**
 * A stream of inventory data, read once per region and handed to every control that needs it, in this order.
 * Restore jobs come before recovery points: a restore job whose protected resource AWS does not name is held back
 * until the vault listing (or, failing that, DescribeRecoveryPoint) has named the restored point's resource.
 */
public enum Feed {
    VAULTS,
    PLANS,
    PROTECTED_RESOURCES,
    TAGGED_RESOURCES,
    RESTORE_TESTING_PLANS,
    RESTORE_JOBS,
    RECOVERY_POINTS,
    BACKUP_JOBS,
    COPY_JOBS,
    SCAN_JOBS
}
