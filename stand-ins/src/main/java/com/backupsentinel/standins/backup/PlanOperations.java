package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.PlanShapes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ListBackupPlans, GetBackupPlan, ListBackupSelections, GetBackupSelection. */
final class PlanOperations {

    private PlanOperations() {
    }

    static Reply list(BackupRequest request) {
        boolean includeDeleted = request.query("includeDeleted").map(Boolean::parseBoolean).orElse(false);
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode plan : request.region().plans().values()) {
            if (includeDeleted || !plan.hasNonNull("DeletionDate")) {
                items.add(PlanShapes.planListItem(plan));
            }
        }
        return Reply.json(SmallPages.page(request, "BackupPlansList", items));
    }

    static Reply get(BackupRequest request) {
        ObjectNode plan = plan(request);
        request.query("versionId").ifPresent(version -> {
            if (!version.equals(plan.path("VersionId").asText())) {
                throw BackupError.notFound("Backup plan " + plan.path("BackupPlanId").asText() + " has no version " + version);
            }
        });
        return Reply.json(plan);
    }

    static Reply listSelections(BackupRequest request) {
        ObjectNode plan = plan(request);
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode selection : request.region().selections(plan.path("BackupPlanId").asText()).values()) {
            items.add(PlanShapes.selectionListItem(selection));
        }
        return Reply.json(SmallPages.page(request, "BackupSelectionsList", items));
    }

    static Reply getSelection(BackupRequest request) {
        ObjectNode plan = plan(request);
        String planId = plan.path("BackupPlanId").asText();
        Map<String, ObjectNode> selections = request.region().selections(planId);
        String selectionId = request.label("selectionId");
        ObjectNode selection = selections.get(selectionId);
        if (selection == null) {
            throw BackupError.notFound("Backup plan " + planId + " has no selection " + selectionId);
        }
        return Reply.json(selection);
    }

    private static ObjectNode plan(BackupRequest request) {
        String planId = request.label("backupPlanId");
        ObjectNode plan = request.region().plans().get(planId);
        if (plan == null) {
            throw BackupError.notFound("Backup plan " + planId + " does not exist in " + request.regionName());
        }
        return plan;
    }
}
