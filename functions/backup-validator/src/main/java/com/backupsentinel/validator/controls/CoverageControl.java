package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Control 6: every resource in scope (the configured resource types, carrying every include tag and no exclude
 * tag) is selected by some backup plan, and every selected one has been backed up at least once (AWS Backup lists
 * it as protected or holds a usable recovery point of it). How old the newest recovery point is belongs to the RPO
 * control alone, so a silent resource is reported once, there, not twice.
 */
public final class CoverageControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.COVERAGE;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final List<SelectionRecord> selections = new ArrayList<>();
        private final Map<String, Map<String, String>> scope = new LinkedHashMap<>();
        private final Map<String, String> protectedTypes = new LinkedHashMap<>();
        private final Set<String> newest = new HashSet<>();
        private int excluded;
        private int outOfScope;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.COVERAGE, context.region());
        }

        @Override
        public void plan(PlanRecord plan) {
            selections.addAll(plan.selections());
        }

        @Override
        public void taggedResource(TaggedResource resource) {
            ControlSettings settings = context.settings();
            if (settings.coverageExcludeTags().stream().anyMatch(rule -> rule.matches(resource.tags()))) {
                excluded++;
            } else if (settings.coverageIncludeTags().stream().allMatch(rule -> rule.matches(resource.tags()))) {
                scope.put(resource.arn(), resource.tags());
            } else {
                outOfScope++;
            }
        }

        @Override
        public void protectedResource(ProtectedResourceRecord resource) {
            protectedTypes.putIfAbsent(resource.arn(), resource.resourceType());
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            if (point.isUsable()) {
                newest.add(point.resourceArn());
            }
        }

        @Override
        public ControlResult finish() {
            int notSelected = 0;
            Map<String, String> selectedInScope = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, String>> entry : scope.entrySet()) {
                String arn = entry.getKey();
                String type = ResourceTypes.fromArn(arn);
                ledger.evaluated(arn, type, ArnParts.account(arn));
                if (SelectionMatcher.selectsAny(selections, arn, entry.getValue())) {
                    selectedInScope.put(arn, type);
                } else {
                    notSelected++;
                    ledger.finding(arn, type, ArnParts.account(arn), "selected_by_backup_plan",
                            "no backup plan selection matches it (tags: " + tagText(entry.getValue()) + ")",
                            "selected by at least one backup plan", Severity.ERROR);
                }
            }
            int neverBackedUp = 0;
            for (Map.Entry<String, String> entry : selectedInScope.entrySet()) {
                String arn = entry.getKey();
                if (!protectedTypes.containsKey(arn) && !newest.contains(arn)) {
                    neverBackedUp++;
                    ledger.finding(arn, entry.getValue(), ArnParts.account(arn), "selected_never_backed_up",
                            "selected by a backup plan but AWS Backup holds no recovery point of it",
                            "a usable recovery point", Severity.ERROR);
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("resourcesInScope", scope.size());
            figures.put("excludedByTag", excluded);
            figures.put("outOfScope", outOfScope);
            figures.put("notSelectedByAnyPlan", notSelected);
            figures.put("selectedByPlans", selectedInScope.size());
            figures.put("selectedNeverBackedUp", neverBackedUp);
            return ledger.result(figures, null);
        }

        private static String tagText(Map<String, String> tags) {
            if (tags.isEmpty()) {
                return "none";
            }
            StringBuilder text = new StringBuilder();
            new TreeMap<>(tags).forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ")
                    .append(k).append('=').append(v));
            return text.toString();
        }
    }
}
