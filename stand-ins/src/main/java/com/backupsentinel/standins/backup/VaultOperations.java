package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.RegionInventory;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** ListBackupVaults, DescribeBackupVault, GetBackupVaultAccessPolicy, GetBackupVaultNotifications. */
final class VaultOperations {

    private static final Set<String> LIST_MEMBERS = Set.of("BackupVaultName", "BackupVaultArn", "VaultType", "VaultState",
            "CreationDate", "EncryptionKeyArn", "CreatorRequestId", "NumberOfRecoveryPoints", "Locked", "MinRetentionDays",
            "MaxRetentionDays", "LockDate", "EncryptionKeyType");
    private static final Set<String> VAULT_TYPES = Set.of("BACKUP_VAULT", "LOGICALLY_AIR_GAPPED_BACKUP_VAULT",
            "RESTORE_ACCESS_BACKUP_VAULT");

    private VaultOperations() {
    }

    static Reply list(BackupRequest request) {
        String type = request.query("vaultType").orElse(null);
        if (type != null && !VAULT_TYPES.contains(type)) {
            throw BackupError.invalidValue("Value '" + type + "' at 'byVaultType' failed to satisfy constraint: "
                    + "Member must satisfy enum value set: " + VAULT_TYPES);
        }
        boolean sharedOnly = request.query("shared").map(Boolean::parseBoolean).orElse(false);
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode vault : request.region().vaults().values()) {
            if (sharedOnly || (type != null && !type.equals(vault.path("VaultType").asText("BACKUP_VAULT")))) {
                continue;
            }
            ObjectNode item = WireJson.MAPPER.createObjectNode();
            withCount(request.region(), vault).fields().forEachRemaining(field -> {
                if (LIST_MEMBERS.contains(field.getKey())) {
                    item.set(field.getKey(), field.getValue());
                }
            });
            items.add(item);
        }
        return Reply.json(SmallPages.page(request, "BackupVaultList", items));
    }

    static Reply describe(BackupRequest request) {
        return Reply.json(withCount(request.region(), vault(request)));
    }

    static Reply accessPolicy(BackupRequest request) {
        ObjectNode vault = vault(request);
        String name = vault.path("BackupVaultName").asText();
        return Reply.json(request.region().accessPolicy(name).orElseThrow(() ->
                BackupError.notFound("Backup vault " + name + " has no access policy")));
    }

    static Reply notifications(BackupRequest request) {
        ObjectNode vault = vault(request);
        String name = vault.path("BackupVaultName").asText();
        return Reply.json(request.region().notifications(name).orElseThrow(() ->
                BackupError.notFound("Backup vault " + name + " has no notification configuration")));
    }

    /** The vault the {@code backupVaultName} label names, or 404. */
    static ObjectNode vault(BackupRequest request) {
        String name = request.label("backupVaultName");
        ObjectNode vault = request.region().vaults().get(name);
        if (vault == null) {
            throw BackupError.notFound("Backup vault " + name + " does not exist in " + request.regionName());
        }
        return vault;
    }

    private static ObjectNode withCount(RegionInventory region, ObjectNode vault) {
        ObjectNode copy = vault.deepCopy();
        if (!copy.has("NumberOfRecoveryPoints")) {
            copy.put("NumberOfRecoveryPoints", region.recoveryPoints().inVault(vault.path("BackupVaultName").asText()).size());
        }
        if (!copy.has("VaultType")) {
            copy.put("VaultType", "BACKUP_VAULT");
        }
        return copy;
    }
}
