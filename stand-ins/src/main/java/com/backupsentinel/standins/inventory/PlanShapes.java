package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Converts between the List* items and Get* outputs of backup plans and selections. */
public final class PlanShapes {

    private static final List<String> PLAN_LIST_MEMBERS = List.of("BackupPlanArn", "BackupPlanId", "CreationDate",
            "DeletionDate", "VersionId", "CreatorRequestId", "LastExecutionDate", "AdvancedBackupSettings");
    private static final List<String> SELECTION_LIST_MEMBERS = List.of("SelectionId", "BackupPlanId", "CreationDate",
            "CreatorRequestId");

    private PlanShapes() {
    }

    /** The ListBackupPlans item of a GetBackupPlan output. */
    public static ObjectNode planListItem(JsonNode plan) {
        ObjectNode item = WireJson.MAPPER.createObjectNode();
        for (String member : PLAN_LIST_MEMBERS) {
            if (plan.has(member)) {
                item.set(member, plan.get(member));
            }
            if (member.equals("VersionId") && plan.path("BackupPlan").has("BackupPlanName")) {
                item.set("BackupPlanName", plan.path("BackupPlan").get("BackupPlanName"));
            }
        }
        return item;
    }

    /** The ListBackupSelections item of a GetBackupSelection output. */
    public static ObjectNode selectionListItem(JsonNode selection) {
        ObjectNode item = WireJson.MAPPER.createObjectNode();
        for (String member : SELECTION_LIST_MEMBERS) {
            if (selection.has(member)) {
                item.set(member, selection.get(member));
            }
            if (member.equals("SelectionId")) {
                copy(selection.path("BackupSelection"), item, "SelectionName");
            }
        }
        copy(selection.path("BackupSelection"), item, "IamRoleArn");
        return item;
    }

    /** A GetBackupPlan output with no rules, for a plan exported only through ListBackupPlans. */
    static ObjectNode planFromListItem(JsonNode item) {
        ObjectNode plan = WireJson.MAPPER.createObjectNode();
        ObjectNode body = plan.putObject("BackupPlan");
        copy(item, body, "BackupPlanName");
        body.putArray("Rules");
        item.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("BackupPlanName")) {
                plan.set(field.getKey(), field.getValue());
            }
        });
        return plan;
    }

    /** A GetBackupSelection output for a selection exported only through ListBackupSelections. */
    static ObjectNode selectionFromListItem(JsonNode item) {
        ObjectNode selection = WireJson.MAPPER.createObjectNode();
        ObjectNode body = selection.putObject("BackupSelection");
        copy(item, body, "SelectionName");
        copy(item, body, "IamRoleArn");
        item.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("SelectionName") && !field.getKey().equals("IamRoleArn")) {
                selection.set(field.getKey(), field.getValue());
            }
        });
        return selection;
    }

    private static void copy(JsonNode from, ObjectNode to, String member) {
        if (from.has(member)) {
            to.set(member, from.get(member));
        }
    }
}
