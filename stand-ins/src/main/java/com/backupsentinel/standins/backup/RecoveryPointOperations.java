package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowField;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ListRecoveryPointsByBackupVault, ListRecoveryPointsByResource, DescribeRecoveryPoint,
 * GetRecoveryPointRestoreMetadata, ListProtectedResources(ByBackupVault) and ListTags.
 */
final class RecoveryPointOperations {

    private static final List<String> BY_RESOURCE_MEMBERS = List.of("RecoveryPointArn", "CreationDate", "Status",
            "StatusMessage", "EncryptionKeyArn", "BackupSizeInBytes", "BackupVaultName", "IsParent", "ParentRecoveryPointArn",
            "ResourceName", "VaultType", "IndexStatus", "IndexStatusMessage", "EncryptionKeyType", "AggregatedScanResult");

    private RecoveryPointOperations() {
    }

    static Reply listByVault(BackupRequest request) {
        String vault = VaultOperations.vault(request).path("BackupVaultName").asText();
        return Reply.rows("RecoveryPoints", request.region().recoveryPoints().inVault(vault)
                .page(RowFilters.recoveryPoints(request)));
    }

    static Reply listByResource(BackupRequest request) {
        String resourceArn = request.label("resourceArn");
        return Reply.rows("RecoveryPoints", request.region().recoveryPoints().ofResource(resourceArn)
                .page(RowFilters.page(request)), Optional.of(RecoveryPointOperations::byResourceItem));
    }

    static Reply describe(BackupRequest request) {
        return Reply.json(recoveryPoint(request).tree());
    }

    static Reply restoreMetadata(BackupRequest request) {
        Row point = recoveryPoint(request);
        Optional<ObjectNode> recorded = request.region().restoreMetadata(point.id());
        if (recorded.isPresent()) {
            return Reply.json(recorded.get());
        }
        ObjectNode tree = point.tree();
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        response.set("BackupVaultArn", tree.get("BackupVaultArn"));
        response.put("RecoveryPointArn", point.id());
        response.set("RestoreMetadata", RestoreMetadataDefaults.forPoint(tree, request.regionName()));
        response.set("ResourceType", tree.get("ResourceType"));
        return Reply.json(response);
    }

    static Reply protectedResources(BackupRequest request) {
        return Reply.json(SmallPages.page(request, "Results", request.region().protectedResources()));
    }

    static Reply protectedResourcesByVault(BackupRequest request) {
        String vaultArn = VaultOperations.vault(request).path("BackupVaultArn").asText();
        List<ObjectNode> inVault = new ArrayList<>();
        for (ObjectNode resource : request.region().protectedResources()) {
            if (vaultArn.equals(resource.path("LastBackupVaultArn").asText())) {
                inVault.add(resource);
            }
        }
        return Reply.json(SmallPages.page(request, "Results", inVault));
    }

    static Reply listTags(BackupRequest request) {
        String arn = request.label("resourceArn");
        String[] parts = arn.split(":");
        String region = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : request.regionName();
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        ObjectNode tags = response.putObject("Tags");
        for (ObjectNode mapping : request.inventory().region(region).taggedResources()) {
            if (arn.equals(mapping.path("ResourceARN").asText())) {
                mapping.path("Tags").forEach(tag -> tags.put(tag.path("Key").asText(), tag.path("Value").asText()));
            }
        }
        return Reply.json(response);
    }

    private static Row recoveryPoint(BackupRequest request) {
        String vault = VaultOperations.vault(request).path("BackupVaultName").asText();
        String arn = request.label("recoveryPointArn");
        return request.region().recoveryPoints().find(arn)
                .filter(row -> vault.equals(row.get(RowField.VAULT)))
                .orElseThrow(() -> BackupError.notFound("Recovery point " + arn + " does not exist in backup vault " + vault));
    }

    private static JsonNode byResourceItem(Row row) {
        ObjectNode tree = row.tree();
        ObjectNode item = WireJson.MAPPER.createObjectNode();
        for (String member : BY_RESOURCE_MEMBERS) {
            if (tree.has(member)) {
                item.set(member.equals("BackupSizeInBytes") ? "BackupSizeBytes" : member, tree.get(member));
            }
        }
        return item;
    }
}
