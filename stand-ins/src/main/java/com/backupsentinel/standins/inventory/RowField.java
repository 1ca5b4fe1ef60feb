package com.backupsentinel.standins.inventory;

/** String members of a row that list filters compare against. */
public enum RowField {
    STATE,
    VAULT,
    RESOURCE_ARN,
    RESOURCE_TYPE,
    ACCOUNT,
    PARENT_JOB,
    MESSAGE_CATEGORY,
    DESTINATION_VAULT_ARN,
    SOURCE_RECOVERY_POINT_ARN,
    RESTORE_TESTING_PLAN_ARN,
    BACKUP_PLAN_ID,
    PARENT_RECOVERY_POINT_ARN,
    RECOVERY_POINT_ARN,
    SCAN_RESULT,
    MALWARE_SCANNER
}
