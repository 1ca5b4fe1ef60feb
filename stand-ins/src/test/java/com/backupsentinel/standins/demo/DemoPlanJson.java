package com.backupsentinel.standins.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Backup plans and selections as {@code get-backup-plan}, {@code list-backup-selections} and {@code get-backup-selection} print them. */
final class DemoPlanJson {

    private static final Instant LAST_EXECUTION_PRODUCTION = Instant.parse("2026-11-22T01:00:00Z");
    private static final Instant LAST_EXECUTION_STAGING = Instant.parse("2026-11-22T02:00:00Z");

    private DemoPlanJson() {
    }

    static ObjectNode plan(Demo.Rule first, List<Demo.Rule> rules, Instant created) {
        ObjectNode json = CliJson.object();
        ObjectNode plan = json.putObject("BackupPlan");
        plan.put("BackupPlanName", first.planName());
        ArrayNode array = plan.putArray("Rules");
        for (Demo.Rule rule : rules) {
            ObjectNode item = array.addObject();
            item.put("RuleName", rule.name());
            item.put("TargetBackupVaultName", rule.vault().name());
            item.put("ScheduleExpression", rule.cron());
            item.put("StartWindowMinutes", rule.startWindowMinutes());
            item.put("CompletionWindowMinutes", rule.completionWindowMinutes());
            item.set("Lifecycle", DemoJson.lifecycle(rule.deleteAfterDays(), rule.coldAfterDays()));
            item.putObject("RecoveryPointTags").put("BackupRule", rule.name());
            item.put("RuleId", rule.id());
            if (rule.copyTo() != null) {
                ObjectNode copy = item.putArray("CopyActions").addObject();
                copy.set("Lifecycle", DemoJson.lifecycle(rule.deleteAfterDays(), rule.coldAfterDays()));
                copy.put("DestinationBackupVaultArn", rule.copyTo().arn());
            }
            item.put("EnableContinuousBackup", false);
            item.put("ScheduleExpressionTimezone", "Etc/UTC");
            if (rule.scanned()) {
                ObjectNode scan = item.putArray("ScanActions").addObject();
                scan.put("MalwareScanner", "GUARDDUTY");
                scan.put("ScanMode", "INCREMENTAL_SCAN");
            }
        }
        if (rules.stream().anyMatch(Demo.Rule::scanned)) {
            ObjectNode setting = plan.putArray("ScanSettings").addObject();
            setting.put("MalwareScanner", "GUARDDUTY");
            setting.putArray("ResourceTypes").add("EBS").add("S3");
            setting.put("ScannerRoleArn", "arn:aws:iam::" + Demo.ACCOUNT + ":role/arrakis-malware-scanner");
        }
        json.put("BackupPlanId", first.planId());
        json.put("BackupPlanArn", first.planArn());
        json.put("VersionId", first.versionId());
        json.put("CreatorRequestId", "terraform-" + first.planName());
        json.put("CreationDate", CliJson.time(created));
        json.put("LastExecutionDate", CliJson.time(first.planName().contains("staging")
                ? LAST_EXECUTION_STAGING : LAST_EXECUTION_PRODUCTION));
        return json;
    }

    static ObjectNode selectionItem(Demo.Selection selection, Instant created) {
        ObjectNode json = CliJson.object();
        json.put("SelectionId", selection.id());
        json.put("SelectionName", selection.name());
        json.put("BackupPlanId", selection.planId());
        json.put("CreationDate", CliJson.time(created.plusSeconds(30)));
        json.put("CreatorRequestId", "terraform-" + selection.name());
        json.put("IamRoleArn", selection.roleArn());
        return json;
    }

    static ObjectNode selection(Demo.Selection selection, Instant created) {
        ObjectNode json = CliJson.object();
        ObjectNode body = json.putObject("BackupSelection");
        body.put("SelectionName", selection.name());
        body.put("IamRoleArn", selection.roleArn());
        ArrayNode resources = body.putArray("Resources");
        selection.resources().forEach(resources::add);
        body.putArray("ListOfTags");
        body.putArray("NotResources");
        ObjectNode conditions = body.putObject("Conditions");
        conditions.set("StringEquals", conditions(selection.equals()));
        conditions.set("StringNotEquals", conditions(selection.notEquals()));
        conditions.putArray("StringLike");
        conditions.putArray("StringNotLike");
        json.put("SelectionId", selection.id());
        json.put("BackupPlanId", selection.planId());
        json.put("CreationDate", CliJson.time(created.plusSeconds(30)));
        json.put("CreatorRequestId", "terraform-" + selection.name());
        return json;
    }

    private static ArrayNode conditions(Map<String, String> conditions) {
        ArrayNode array = CliJson.MAPPER.createArrayNode();
        conditions.forEach((key, value) -> array.addObject().put("ConditionKey", key).put("ConditionValue", value));
        return array;
    }
}
