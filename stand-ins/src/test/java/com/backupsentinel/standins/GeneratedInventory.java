package com.backupsentinel.standins;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A large synthetic inventory built through {@link InventoryBuilder}, as the validator's benchmark builds one. */
final class GeneratedInventory {

    static final String REGION = "us-west-2";
    static final String VAULT = "bench-vault";
    static final Instant NEWEST = Instant.parse("2026-11-22T06:00:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[] STATES = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "FAILED", "EXPIRED"};

    private GeneratedInventory() {
    }

    /** {@code jobs} backup jobs one minute apart (every 1000th RUNNING) and {@code points} recovery points. */
    static Inventory of(int jobs, int points) {
        InventoryBuilder builder = Inventory.builder("123456789012", REGION);
        ObjectNode vault = JSON.createObjectNode();
        vault.put("BackupVaultName", VAULT);
        vault.put("BackupVaultArn", "arn:aws:backup:us-west-2:123456789012:backup-vault:" + VAULT);
        builder.backupVault(REGION, vault);
        for (int i = 0; i < jobs; i++) {
            ObjectNode job = JSON.createObjectNode();
            job.put("AccountId", "123456789012");
            job.put("BackupJobId", String.format("job-%07d", i));
            job.put("BackupVaultName", VAULT);
            job.put("ResourceArn", "arn:aws:ec2:us-west-2:123456789012:volume/vol-" + (i % 500));
            job.put("ResourceType", "EBS");
            job.put("CreationDate", NEWEST.minusSeconds(60L * i).toString());
            job.put("State", i % 1000 == 0 ? "RUNNING" : STATES[i % STATES.length]);
            builder.backupJob(REGION, job);
        }
        for (int i = 0; i < points; i++) {
            ObjectNode point = JSON.createObjectNode();
            point.put("RecoveryPointArn", "arn:aws:ec2:us-west-2::snapshot/snap-" + i);
            point.put("BackupVaultName", VAULT);
            point.put("ResourceArn", "arn:aws:ec2:us-west-2:123456789012:volume/vol-" + (i % 500));
            point.put("ResourceType", "EBS");
            point.put("Status", "COMPLETED");
            point.put("CreationDate", NEWEST.minusSeconds(120L * i).toString());
            builder.recoveryPoint(REGION, point);
        }
        return builder.build();
    }
}
