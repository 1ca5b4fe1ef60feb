package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.RegionInventory;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** The recovery point a completed backup job leaves in its vault. */
final class RecoveryPointOf {

    private RecoveryPointOf() {
    }

    static ObjectNode completedJob(ObjectNode job, RegionInventory region) {
        ObjectNode point = WireJson.MAPPER.createObjectNode();
        point.set("RecoveryPointArn", job.get("RecoveryPointArn"));
        point.set("BackupVaultName", job.get("BackupVaultName"));
        point.set("BackupVaultArn", job.get("BackupVaultArn"));
        point.set("ResourceArn", job.get("ResourceArn"));
        point.set("ResourceType", job.get("ResourceType"));
        point.set("ResourceName", job.get("ResourceName"));
        point.set("IamRoleArn", job.get("IamRoleArn"));
        point.put("Status", "COMPLETED");
        point.set("CreationDate", job.get("CreationDate"));
        point.set("CompletionDate", job.get("CompletionDate"));
        point.put("BackupSizeInBytes", job.path("BackupSizeInBytes").asLong(0));
        ObjectNode vault = region.vaults().get(job.path("BackupVaultName").asText());
        if (vault != null && vault.has("EncryptionKeyArn")) {
            point.set("EncryptionKeyArn", vault.get("EncryptionKeyArn"));
            point.put("IsEncrypted", true);
        } else {
            point.put("IsEncrypted", false);
        }
        if (job.has("RecoveryPointLifecycle")) {
            point.set("Lifecycle", job.get("RecoveryPointLifecycle"));
            long deleteAfter = job.path("RecoveryPointLifecycle").path("DeleteAfterDays").asLong(0);
            if (deleteAfter > 0) {
                Instant created = WireJson.instantOf(job.get("CreationDate")).orElseThrow();
                point.putObject("CalculatedLifecycle").set("DeleteAt", WireJson.timestamp(created.plus(Duration.ofDays(deleteAfter))));
            }
        }
        point.put("IsParent", false);
        point.put("VaultType", "BACKUP_VAULT");
        return point;
    }
}
