package com.backupsentinel.standins.inventory;

import java.util.Map;

/** The large, filterable lists of an inventory: which member is the id and which members filters look at. */
public enum RowKind {
    BACKUP_JOB("BackupJobId", Map.of(
            RowField.STATE, "State", RowField.VAULT, "BackupVaultName", RowField.RESOURCE_ARN, "ResourceArn",
            RowField.RESOURCE_TYPE, "ResourceType", RowField.ACCOUNT, "AccountId", RowField.PARENT_JOB, "ParentJobId",
            RowField.MESSAGE_CATEGORY, "MessageCategory")),
    COPY_JOB("CopyJobId", Map.of(
            RowField.STATE, "State", RowField.RESOURCE_ARN, "ResourceArn", RowField.RESOURCE_TYPE, "ResourceType",
            RowField.ACCOUNT, "AccountId", RowField.PARENT_JOB, "ParentJobId", RowField.MESSAGE_CATEGORY, "MessageCategory",
            RowField.DESTINATION_VAULT_ARN, "DestinationBackupVaultArn",
            RowField.SOURCE_RECOVERY_POINT_ARN, "SourceRecoveryPointArn")),
    RESTORE_JOB("RestoreJobId", Map.of(
            RowField.STATE, "Status", RowField.RESOURCE_TYPE, "ResourceType", RowField.ACCOUNT, "AccountId",
            RowField.PARENT_JOB, "ParentJobId", RowField.RESTORE_TESTING_PLAN_ARN, "CreatedBy/RestoreTestingPlanArn")),
    SCAN_JOB("ScanJobId", Map.of(
            RowField.STATE, "State", RowField.VAULT, "BackupVaultName", RowField.RESOURCE_ARN, "ResourceArn",
            RowField.RESOURCE_TYPE, "ResourceType", RowField.ACCOUNT, "AccountId",
            RowField.RECOVERY_POINT_ARN, "RecoveryPointArn", RowField.SCAN_RESULT, "ScanResult/ScanResultStatus",
            RowField.MALWARE_SCANNER, "MalwareScanner")),
    RECOVERY_POINT("RecoveryPointArn", Map.of(
            RowField.STATE, "Status", RowField.VAULT, "BackupVaultName", RowField.RESOURCE_ARN, "ResourceArn",
            RowField.RESOURCE_TYPE, "ResourceType", RowField.BACKUP_PLAN_ID, "CreatedBy/BackupPlanId",
            RowField.PARENT_RECOVERY_POINT_ARN, "ParentRecoveryPointArn"));

    private final String idMember;
    private final String[][] paths = new String[RowField.values().length][];

    RowKind(String idMember, Map<RowField, String> paths) {
        this.idMember = idMember;
        paths.forEach((field, path) -> this.paths[field.ordinal()] = path.split("/"));
    }

    /** The member that identifies a row, e.g. {@code BackupJobId}. */
    public String idMember() {
        return idMember;
    }

    /** The member path of {@code field} in this kind's JSON, or null when the kind has no such field. */
    String[] path(RowField field) {
        return paths[field.ordinal()];
    }
}
