package com.backupsentinel.ondemand.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backup set-up needed to recreate it after a disaster, each part in the AWS API's JSON shape (the output of
 * the matching {@code aws backup} command).
 *
 * @param backupVault   DescribeBackupVault (includes the vault lock settings)
 * @param accessPolicy  GetBackupVaultAccessPolicy; empty when the vault has none
 * @param notifications GetBackupVaultNotifications; empty when the vault has none
 * @param backupPlan    GetBackupPlan; empty when no plan is configured
 * @param selections    GetBackupSelection for each of the plan's selections
 */
public record BackupConfiguration(JsonNode backupVault, Optional<JsonNode> accessPolicy,
                                  Optional<JsonNode> notifications, Optional<JsonNode> backupPlan,
                                  List<JsonNode> selections) {

    public BackupConfiguration {
        Objects.requireNonNull(backupVault, "backupVault");
        Objects.requireNonNull(accessPolicy, "accessPolicy");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(backupPlan, "backupPlan");
        selections = List.copyOf(selections);
    }
}
