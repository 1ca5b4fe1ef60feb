package com.backupsentinel.shared.events;

import java.util.Locale;
import java.util.Optional;

/** Reads each modelled detail-type's {@code detail} into its record. */
final class DetailParser {

    private static final String VAULT_ARN_MARKER = ":backup-vault:";
    private static final String PLAN_ARN_MARKER = ":backup-plan:";

    private DetailParser() {
    }

    static BackupEventDetail parse(DetailType type, JsonFields detail, EventEnvelope envelope) {
        String where = type.wireName() + " event " + envelope.id();
        switch (type) {
            case BACKUP_JOB:
                return new BackupJobStateChange(requiredId(detail, "backupJobId", where),
                        facts(detail, where, detail.text("backupVaultArn")), detail.integer("retryCount"));
            case COPY_JOB:
                Optional<String> sourceVault = detail.text("sourceBackupVaultArn");
                return new CopyJobStateChange(requiredId(detail, "copyJobId", where),
                        facts(detail, where, detail.text("backupVaultArn").or(() -> sourceVault)), sourceVault,
                        detail.text("destinationBackupVaultArn"), detail.text("destinationRecoveryPointArn"));
            case RESTORE_JOB:
                return new RestoreJobStateChange(requiredId(detail, "restoreJobId", where),
                        facts(detail, where, detail.text("backupVaultArn")), detail.text("recoveryPointArn"),
                        detail.text("createdResourceArn"));
            case RECOVERY_POINT:
                return recoveryPoint(detail, envelope, where);
            case BACKUP_VAULT:
                String vaultName = detail.text("backupVaultName")
                        .or(() -> AwsBackupEventParser.firstResource(envelope.resources())
                                .flatMap(arn -> after(arn, VAULT_ARN_MARKER)))
                        .orElseThrow(() -> new InvalidBackupEventException(where + " lacks detail.backupVaultName"));
                return new BackupVaultStateChange(vaultName, state(detail, where), detail.bool("isLocked"));
            case BACKUP_PLAN:
                String planId = detail.text("backupPlanId")
                        .or(() -> AwsBackupEventParser.firstResource(envelope.resources())
                                .flatMap(arn -> after(arn, PLAN_ARN_MARKER)))
                        .orElseThrow(() -> new InvalidBackupEventException(where + " lacks detail.backupPlanId"));
                return new BackupPlanStateChange(planId, state(detail, where), detail.text("versionId"),
                        detail.instant("deletionDate").or(() -> detail.instant("modifiedAt"))
                                .or(() -> detail.instant("creationDate")));
            default:
                throw new IllegalStateException("Unhandled detail-type " + type);
        }
    }

    private static RecoveryPointStateChange recoveryPoint(JsonFields detail, EventEnvelope envelope, String where) {
        String arn = detail.text("recoveryPointArn")
                .or(() -> AwsBackupEventParser.firstResource(envelope.resources()))
                .orElseThrow(() -> new InvalidBackupEventException(where
                        + " lacks the recovery point ARN (detail.recoveryPointArn or resources[0])"));
        Optional<JsonFields> lifecycle = detail.object("lifecycle");
        Optional<JsonFields> calculated = detail.object("calculatedLifecycle")
                .or(() -> detail.object("calculatedLifeCycle"));
        return new RecoveryPointStateChange(arn, facts(detail, where, detail.text("backupVaultArn")),
                detail.bool("isEncrypted"), detail.text("storageClass"),
                lifecycle.flatMap(l -> l.integer("deleteAfterDays")),
                calculated.flatMap(c -> c.instant("deleteAt")));
    }

    private static BackupFacts facts(JsonFields detail, String where, Optional<String> vaultArn) {
        Optional<String> vaultName = detail.text("backupVaultName")
                .or(() -> vaultArn.flatMap(arn -> after(arn, VAULT_ARN_MARKER)));
        return new BackupFacts(state(detail, where),
                detail.text("statusMessage").map(DetailParser::unquote).filter(text -> !text.isBlank()),
                detail.text("messageCategory"),
                detail.text("resourceArn").or(() -> detail.text("sourceResourceArn")),
                detail.text("resourceType"),
                detail.text("resourceName"),
                vaultName,
                vaultArn,
                detail.count("backupSizeInBytes"),
                detail.count("bytesTransferred"),
                detail.instant("creationDate"),
                detail.instant("completionDate"),
                detail.instant("startBy"),
                detail.instant("expectedCompletionDate"),
                detail.integer("percentDone"),
                detail.text("iamRoleArn"),
                detail.object("createdBy").flatMap(DetailParser::plan));
    }

    private static Optional<PlanReference> plan(JsonFields createdBy) {
        return createdBy.text("backupPlanId").map(id -> new PlanReference(id, createdBy.text("backupPlanArn"),
                createdBy.text("backupPlanVersion"),
                createdBy.text("backupPlanRuleId").or(() -> createdBy.text("backupRuleId"))));
    }

    private static String requiredId(JsonFields detail, String field, String where) {
        return detail.text(field).orElseThrow(() -> new InvalidBackupEventException(
                where + " lacks " + detail.name(field) + ", so it cannot be identified or deduplicated"));
    }

    static String state(JsonFields detail, String where) {
        return detail.text("state").or(() -> detail.text("status")).map(DetailParser::upper)
                .orElseThrow(() -> new InvalidBackupEventException(where + " lacks detail.state (or detail.status)"));
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** AWS Backup wraps some status messages in an extra pair of double quotes; drop them. */
    static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    private static Optional<String> after(String arn, String marker) {
        int at = arn.indexOf(marker);
        if (at < 0 || at + marker.length() >= arn.length()) {
            return Optional.empty();
        }
        return Optional.of(arn.substring(at + marker.length()));
    }
}
