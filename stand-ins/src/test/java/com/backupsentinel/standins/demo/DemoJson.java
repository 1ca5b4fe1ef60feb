package com.backupsentinel.standins.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One demo object as the matching AWS Backup list or get operation prints it. */
final class DemoJson {

    private DemoJson() {
    }

    static ObjectNode vault(Demo.Vault vault, int points) {
        ObjectNode json = CliJson.object();
        json.put("BackupVaultName", vault.name());
        json.put("BackupVaultArn", vault.arn());
        json.put("VaultType", vault.type());
        json.put("VaultState", "AVAILABLE");
        json.put("CreationDate", CliJson.time(vault.created()));
        if (vault.keyArn() != null) {
            json.put("EncryptionKeyArn", vault.keyArn());
        }
        json.put("CreatorRequestId", "terraform-" + vault.name());
        json.put("NumberOfRecoveryPoints", points);
        json.put("Locked", vault.locked());
        if (vault.locked()) {
            json.put("MinRetentionDays", vault.minDays());
            json.put("MaxRetentionDays", vault.maxDays());
            if (vault.compliance()) {
                json.put("LockDate", CliJson.time(vault.created().plus(Duration.ofDays(3))));
            }
        }
        json.put("EncryptionKeyType", vault.keyType());
        return json;
    }

    static ObjectNode createdBy(Demo.Rule rule) {
        ObjectNode json = CliJson.object();
        json.put("BackupPlanId", rule.planId());
        json.put("BackupPlanArn", rule.planArn());
        json.put("BackupPlanName", rule.planName());
        json.put("BackupPlanVersion", rule.versionId());
        json.put("BackupRuleId", rule.id());
        json.put("BackupRuleName", rule.name());
        json.put("BackupRuleCron", rule.cron());
        json.put("BackupRuleTimezone", "Etc/UTC");
        return json;
    }

    static ObjectNode lifecycle(int deleteAfterDays, Integer coldAfterDays) {
        ObjectNode json = CliJson.object();
        if (coldAfterDays != null) {
            json.put("MoveToColdStorageAfterDays", coldAfterDays);
        }
        json.put("DeleteAfterDays", deleteAfterDays);
        return json;
    }

    static ObjectNode backupJob(Demo.BackupJob job) {
        ObjectNode json = CliJson.object();
        json.put("AccountId", Demo.ACCOUNT);
        json.put("BackupJobId", job.id());
        json.put("BackupVaultName", job.vault().name());
        json.put("BackupVaultArn", job.vault().arn());
        json.put("VaultType", "BACKUP_VAULT");
        boolean made = job.point() != null || job.state().equals("RUNNING");
        if (made) {
            json.put("RecoveryPointArn", job.pointArn());
        }
        json.set("RecoveryPointLifecycle", job.rule() == null
                ? lifecycle(job.point() == null ? 35 : job.point().deleteAfterDays(), null)
                : lifecycle(job.rule().deleteAfterDays(), job.rule().coldAfterDays()));
        if (job.point() == null || job.point().encrypted()) {
            json.put("EncryptionKeyArn", job.vault().keyArn());
        }
        json.put("IsEncrypted", job.point() == null || job.point().encrypted());
        json.put("ResourceArn", job.resource().arn());
        json.put("CreationDate", CliJson.time(job.created()));
        if (job.completed() != null) {
            json.put("CompletionDate", CliJson.time(job.completed()));
        }
        json.put("State", job.state());
        if (job.statusMessage() != null) {
            json.put("StatusMessage", job.statusMessage());
        }
        boolean done = job.point() != null;
        json.put("PercentDone", done ? "100.0" : job.state().equals("RUNNING") ? "37.0" : "0.0");
        json.put("BackupSizeInBytes", done ? job.resource().sizeBytes() : 0);
        json.put("IamRoleArn", DemoPlans.BACKUP_ROLE + (job.vault().name().contains("staging") ? "staging" : "production"));
        if (job.rule() != null) {
            json.set("CreatedBy", createdBy(job.rule()));
        }
        json.put("StartBy", CliJson.time(job.created().plus(Duration.ofMinutes(60))));
        json.put("ResourceType", job.resource().type());
        json.put("BytesTransferred", done ? job.resource().sizeBytes() : 0);
        json.put("IsParent", false);
        json.put("ResourceName", job.resource().name());
        json.put("InitiationDate", CliJson.time(job.created()));
        if (job.category() != null) {
            json.put("MessageCategory", job.category());
        }
        return json;
    }

    static ObjectNode copyJob(Demo.CopyJob job) {
        Demo.Rule rule = job.backupJob().rule();
        ObjectNode json = CliJson.object();
        json.put("AccountId", Demo.ACCOUNT);
        json.put("CopyJobId", job.id());
        json.put("SourceBackupVaultArn", rule.vault().arn());
        json.put("SourceRecoveryPointArn", job.source().arn());
        json.put("DestinationBackupVaultArn", rule.copyTo().arn());
        json.put("DestinationVaultType", "BACKUP_VAULT");
        json.put("DestinationRecoveryPointArn", job.destinationArn());
        json.put("DestinationEncryptionKeyArn", rule.copyTo().keyArn());
        json.set("DestinationRecoveryPointLifecycle", lifecycle(rule.deleteAfterDays(), rule.coldAfterDays()));
        json.put("ResourceArn", job.source().resource().arn());
        json.put("CreationDate", CliJson.time(job.created()));
        if (job.completed() != null) {
            json.put("CompletionDate", CliJson.time(job.completed()));
        }
        json.put("State", job.state());
        if (job.statusMessage() != null) {
            json.put("StatusMessage", job.statusMessage());
        }
        json.put("BackupSizeInBytes", job.source().resource().sizeBytes());
        json.put("IamRoleArn", DemoPlans.BACKUP_ROLE + "production");
        json.set("CreatedBy", createdBy(rule));
        json.put("CreatedByBackupJobId", job.backupJob().id());
        json.put("ResourceType", job.source().resource().type());
        json.put("IsParent", false);
        json.put("ResourceName", job.source().resource().name());
        if (job.category() != null) {
            json.put("MessageCategory", job.category());
        }
        return json;
    }

    static ObjectNode restoreJob(Demo.RestoreJob job) {
        ObjectNode json = CliJson.object();
        json.put("AccountId", Demo.ACCOUNT);
        json.put("RestoreJobId", job.id());
        json.put("RecoveryPointArn", job.point().arn());
        if (job.sourceListed()) {
            json.put("SourceResourceArn", job.point().resource().arn());
        }
        json.put("BackupVaultArn", job.point().vault().arn());
        json.put("CreationDate", CliJson.time(job.created()));
        if (job.completed() != null) {
            json.put("CompletionDate", CliJson.time(job.completed()));
        }
        json.put("Status", job.status());
        if (job.statusMessage() != null) {
            json.put("StatusMessage", job.statusMessage());
        }
        json.put("PercentDone", job.status().equals("COMPLETED") ? "100.00%" : job.status().equals("RUNNING") ? "45.00%" : "0.00%");
        json.put("BackupSizeInBytes", job.point().resource().sizeBytes());
        json.put("IamRoleArn", "arn:aws:iam::" + Demo.ACCOUNT + ":role/arrakis-restore-role-"
                + job.point().resource().environment());
        if (job.createdResource() != null) {
            json.put("CreatedResourceArn", job.createdResource());
        }
        json.put("ResourceType", job.point().resource().type());
        json.put("RecoveryPointCreationDate", CliJson.time(job.point().created()));
        json.put("IsParent", false);
        if (job.testingPlanArn() != null) {
            json.putObject("CreatedBy").put("RestoreTestingPlanArn", job.testingPlanArn());
            json.put("ValidationStatus", job.validation());
            if (job.validationMessage() != null) {
                json.put("ValidationStatusMessage", job.validationMessage());
            }
            json.put("DeletionStatus", "SUCCESSFUL");
        }
        return json;
    }

    static ObjectNode recoveryPoint(Demo.Point point, Instant lastRestore, Demo.ScanJob scan) {
        ObjectNode json = CliJson.object();
        json.put("RecoveryPointArn", point.arn());
        json.put("BackupVaultName", point.vault().name());
        json.put("BackupVaultArn", point.vault().arn());
        if (point.sourceVault() != null) {
            json.put("SourceBackupVaultArn", point.sourceVault().arn());
        }
        json.put("ResourceArn", point.resource().arn());
        json.put("ResourceType", point.resource().type());
        if (point.rule() != null) {
            json.set("CreatedBy", createdBy(point.rule()));
        }
        json.put("IamRoleArn", DemoPlans.BACKUP_ROLE + (point.vault().name().contains("staging") ? "staging" : "production"));
        json.put("Status", point.status());
        if (point.statusMessage() != null) {
            json.put("StatusMessage", point.statusMessage());
        }
        json.put("CreationDate", CliJson.time(point.created()));
        json.put("CompletionDate", CliJson.time(point.completed()));
        json.put("BackupSizeInBytes", point.resource().sizeBytes());
        ObjectNode calculated = json.putObject("CalculatedLifecycle");
        if (point.coldAfterDays() != null) {
            calculated.put("MoveToColdStorageAt", CliJson.time(point.created().plus(Duration.ofDays(point.coldAfterDays()))));
        }
        calculated.put("DeleteAt", CliJson.time(point.created().plus(Duration.ofDays(point.deleteAfterDays()))));
        json.set("Lifecycle", lifecycle(point.deleteAfterDays(), point.coldAfterDays()));
        if (point.encrypted()) {
            json.put("EncryptionKeyArn", point.vault().keyArn());
        }
        json.put("IsEncrypted", point.encrypted());
        if (lastRestore != null) {
            json.put("LastRestoreTime", CliJson.time(lastRestore));
        }
        json.put("IsParent", false);
        json.put("ResourceName", point.resource().name());
        json.put("VaultType", "BACKUP_VAULT");
        if (scan != null) {
            ObjectNode aggregated = json.putObject("AggregatedScanResult");
            aggregated.put("FailedScan", !scan.state().equals("COMPLETED"));
            var findings = aggregated.putArray("Findings");
            if ("THREATS_FOUND".equals(scan.result())) {
                findings.add("MALWARE");
            }
            aggregated.put("LastComputed", CliJson.time(scan.completed()));
        }
        return json;
    }

    static ObjectNode scanJob(Demo.ScanJob job) {
        Demo.Point point = job.point();
        Demo.Rule rule = point.rule();
        ObjectNode json = CliJson.object();
        json.put("AccountId", Demo.ACCOUNT);
        json.put("BackupVaultArn", point.vault().arn());
        json.put("BackupVaultName", point.vault().name());
        json.put("CompletionDate", CliJson.time(job.completed()));
        ObjectNode by = json.putObject("CreatedBy");
        by.put("BackupPlanArn", rule.planArn());
        by.put("BackupPlanId", rule.planId());
        by.put("BackupPlanVersion", rule.versionId());
        by.put("BackupRuleId", rule.id());
        json.put("CreationDate", CliJson.time(job.created()));
        json.put("IamRoleArn", DemoPlans.BACKUP_ROLE + "production");
        json.put("MalwareScanner", "GUARDDUTY");
        json.put("RecoveryPointArn", point.arn());
        json.put("ResourceArn", point.resource().arn());
        json.put("ResourceName", point.resource().name());
        json.put("ResourceType", point.resource().type());
        json.put("ScanJobId", job.id());
        json.put("ScanMode", "INCREMENTAL_SCAN");
        json.put("ScannerRoleArn", "arn:aws:iam::" + Demo.ACCOUNT + ":role/arrakis-malware-scanner");
        if (job.result() != null) {
            json.putObject("ScanResult").put("ScanResultStatus", job.result());
        }
        json.put("State", job.state());
        if (job.statusMessage() != null) {
            json.put("StatusMessage", job.statusMessage());
        }
        return json;
    }

    static ObjectNode tagMapping(String arn, Map<String, String> tags) {
        ObjectNode json = CliJson.object();
        json.put("ResourceARN", arn);
        var array = json.putArray("Tags");
        tags.forEach((key, value) -> array.addObject().put("Key", key).put("Value", value));
        return json;
    }
}
