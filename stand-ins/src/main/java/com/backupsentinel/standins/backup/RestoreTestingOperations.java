package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ListRestoreTestingPlans ({@code GET /restore-testing/plans}) and ListRestoreTestingSelections
 * ({@code GET /restore-testing/plans/{RestoreTestingPlanName}/selections}): the list members of the service model
 * (RestoreTestingPlanForList, RestoreTestingSelectionForList), paged by {@code MaxResults} and {@code NextToken}.
 */
final class RestoreTestingOperations {

    private static final Set<String> PLAN_MEMBERS = Set.of("CreationTime", "LastExecutionTime", "LastUpdateTime",
            "RestoreTestingPlanArn", "RestoreTestingPlanName", "ScheduleExpression", "ScheduleExpressionTimezone",
            "StartWindowHours");
    private static final Set<String> SELECTION_MEMBERS = Set.of("CreationTime", "IamRoleArn", "ProtectedResourceType",
            "RestoreTestingPlanName", "RestoreTestingSelectionName", "ValidationWindowHours");

    private RestoreTestingOperations() {
    }

    static Reply listPlans(BackupRequest request) {
        return Reply.json(SmallPages.page(request, "RestoreTestingPlans",
                project(request.region().restoreTestingPlans(), PLAN_MEMBERS), "MaxResults", "NextToken"));
    }

    static Reply listSelections(BackupRequest request) {
        String plan = request.label("RestoreTestingPlanName");
        if (!request.region().restoreTestingPlans().containsKey(plan)) {
            throw BackupError.notFound("Restore testing plan " + plan + " does not exist in " + request.regionName());
        }
        return Reply.json(SmallPages.page(request, "RestoreTestingSelections",
                project(request.region().restoreTestingSelections(plan), SELECTION_MEMBERS), "MaxResults",
                "NextToken"));
    }

    private static List<ObjectNode> project(Map<String, ObjectNode> items, Set<String> members) {
        List<ObjectNode> projected = new ArrayList<>();
        for (ObjectNode item : items.values()) {
            ObjectNode member = WireJson.MAPPER.createObjectNode();
            item.fields().forEachRemaining(field -> {
                if (members.contains(field.getKey())) {
                    member.set(field.getKey(), field.getValue());
                }
            });
            projected.add(member);
        }
        return projected;
    }
}
